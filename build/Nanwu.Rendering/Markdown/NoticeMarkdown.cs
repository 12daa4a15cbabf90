using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.MediaLinks;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Nanwu.Rendering.Templates;

namespace Nanwu.Rendering.Markdown;

/// <summary>
/// Turns the Markdown body of a notice, typical case or page into HTML, with whatever is unsafe
/// removed and listed. One pipeline, shared: Markdig pipelines are safe to use from many threads.
/// </summary>
public sealed class NoticeMarkdown
{
    private readonly MarkdownPipeline _pipeline = BuildPipeline();

    /// <summary>Renders a body; <see cref="RenderedMarkdown.Findings"/> says what was removed.</summary>
    public RenderedMarkdown Render(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        var findings = MarkdownSanitizer.Clean(document);
        var files = document.Descendants().OfType<LinkInline>()
            .Select(l => LinkPolicy.LocalFile(l.Url ?? ""))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new RenderedMarkdown(new Html(writer.ToString()), findings, files);
    }

    private static MarkdownPipeline BuildPipeline()
    {
        // Auto-identifiers come first: UseAdvancedExtensions adds them with default options
        // (Chinese headings become id="section") and a later call does not replace them.
        var builder = new MarkdownPipelineBuilder()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseAdvancedExtensions()
            .UseCjkFriendlyEmphasis();

        // Media links turn video addresses into iframes that load other sites.
        builder.Extensions.RemoveAll(e => e is MediaLinkExtension);
        return builder.Build();
    }
}
