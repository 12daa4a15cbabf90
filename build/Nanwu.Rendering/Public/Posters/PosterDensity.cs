using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Nanwu.Rendering.Public.Posters;

/// <summary>
/// How tightly a poster sets its text so that the whole notice fits one sheet. The body's length
/// is estimated in lines at the normal size (42 characters a line on A4 at 12.5 pt; a heading
/// and an image take fixed room), and the size steps down as the estimate grows. The limits were
/// found by printing the sample notices to PDF in Chromium; tests/Nanwu.PublicSite.Tests checks
/// that each prints on one sheet.
/// </summary>
public static class PosterDensity
{
    // Note: a notice longer than the densest setting holds runs on to a second sheet.
    public const double NormalLines = 30.5;
    public const double DenseLines = 36;

    private static readonly MarkdownPipeline Pipeline =
        new MarkdownPipelineBuilder().UseAdvancedExtensions().UseCjkFriendlyEmphasis().Build();

    public static string Of(string title, string summary, string markdown, bool expired)
    {
        var lines = EstimatedLines(title, summary, markdown, expired);
        return lines <= NormalLines ? "normal" : lines <= DenseLines ? "dense" : "densest";
    }

    /// <summary>The height of the text in lines of 42 characters at the normal size.</summary>
    public static double EstimatedLines(string title, string summary, string markdown, bool expired)
    {
        // The title is set 1.9 times as large, the summary 1.15 times, in a box.
        var lines = (Math.Ceiling(title.Length / 22.0) * 1.55) + (Math.Ceiling(summary.Length / 36.0) * 1.15) + 0.8;
        lines += expired ? 1.5 : 0;
        foreach (var block in Markdig.Markdown.Parse(markdown, Pipeline).Descendants<LeafBlock>())
        {
            if (block is HeadingBlock)
            {
                lines += 1.7;
                continue;
            }

            if (block is not ParagraphBlock { Inline: { } inline })
            {
                continue;
            }

            var images = inline.Descendants<LinkInline>().Count(l => l.IsImage);
            var text = string.Concat(inline.Descendants<LiteralInline>()
                .Where(l => l.Parent is not LinkInline { IsImage: true })
                .Select(l => l.Content.ToString()));
            var length = text.Count(c => !char.IsWhiteSpace(c));
            var inList = block.Parent is ListItemBlock;
            lines += (images * 9) + Math.Ceiling(length / (inList ? 40.0 : 42.0)) + (inList ? 0.1 : 0.45);
        }

        return lines;
    }
}
