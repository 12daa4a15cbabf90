using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Rendering.Markdown;

/// <summary>
/// Screens every Markdown body once, before any page, poster or broadcast script reads it:
/// Markdig refuses input nested beyond its depth limit (about 128 levels of quotes, lists or
/// emphasis) with an exception, wherever it parses or writes it. Such a body is reported and
/// left empty, so no later reader of Markdown meets it.
/// </summary>
public static class MarkdownScreen
{
    private static readonly NoticeMarkdown Notices = new();

    public static DataSet Apply(DataSet data, ICollection<Diagnostic> diagnostics)
    {
        var screened = data.Notices.Select(notice =>
        {
            if (!TooDeep(notice.Markdown))
            {
                return notice;
            }

            diagnostics.Add(Messages.MarkdownTooDeep(new SourceSpan(notice.Source.Path, notice.BodyLine, 1)));
            return notice with { Markdown = "" };
        }).ToList();
        return screened.SequenceEqual(data.Notices) ? data : data with { Notices = screened };
    }

    private static bool TooDeep(string markdown)
    {
        try
        {
            // The site's own pipeline and Markdig's plain one, each parsed and written once.
            Notices.Render(markdown);
            Markdig.Markdown.ToHtml(markdown);
            return false;
        }
        catch (ArgumentException e) when (e.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            return true;
        }
    }
}
