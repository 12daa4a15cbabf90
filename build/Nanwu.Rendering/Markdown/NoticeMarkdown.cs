using System.Globalization;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.MediaLinks;
using Markdig.Renderers;
using Markdig.Renderers.Html;
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
    /// <param name="markdown">The body.</param>
    /// <param name="sizeOf">The published size of an image beside the page, by file name, if known.</param>
    /// <param name="relativeLinks">What to do with each relative link (other notices, data files).</param>
    public RenderedMarkdown Render(
        string markdown, Func<string, ImageSize?>? sizeOf = null, Func<string, LinkDecision>? relativeLinks = null)
    {
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        var findings = MarkdownSanitizer.Clean(document);
        var removed = relativeLinks is null ? [] : RelativeLinks.Apply(document, relativeLinks);
        var links = new List<LocalLink>();
        foreach (var link in document.Descendants().OfType<LinkInline>())
        {
            if (LinkPolicy.LocalFile(link.Url ?? "") is not { } file)
            {
                continue;
            }

            // An image's query or fragment (pic.png?x=1) means nothing to a file beside the page.
            if (link.IsImage)
            {
                link.Url = file;
            }

            links.Add(new LocalLink(file, link.IsImage, link.IsImage ? AltOf(link) : "", link.Line, link.Column));
            if (link.IsImage && sizeOf?.Invoke(file) is { } size)
            {
                var attributes = link.GetAttributes();
                attributes.AddProperty("width", size.Width.ToString(CultureInfo.InvariantCulture));
                attributes.AddProperty("height", size.Height.ToString(CultureInfo.InvariantCulture));
            }
        }

        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new RenderedMarkdown(new Html(writer.ToString()), findings, links) { RemovedLinks = removed };
    }

    /// <summary>The alt text of an image: its words, as the HTML renderer writes them.</summary>
    private static string AltOf(LinkInline image) =>
        string.Concat(image.Descendants().OfType<LiteralInline>().Select(l => l.Content.ToString())).Trim();

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
