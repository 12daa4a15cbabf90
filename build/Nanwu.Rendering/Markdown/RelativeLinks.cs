using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Nanwu.Rendering.Markdown;

/// <summary>
/// Passes every relative link of a body (not images, not #anchors) to a decision: a link may be
/// pointed elsewhere, or removed with its words kept, and each removal is listed with its place.
/// </summary>
internal static class RelativeLinks
{
    public static IReadOnlyList<RemovedLink> Apply(MarkdownDocument document, Func<string, LinkDecision> decide)
    {
        var removed = new List<RemovedLink>();
        foreach (var link in document.Descendants().OfType<LinkInline>().ToList())
        {
            var url = link.Url?.Trim() ?? "";
            if (link.IsImage || link.Parent is null || !IsRelative(url))
            {
                continue;
            }

            var decision = decide(url);
            if (decision.Outcome == LinkOutcome.Rewrite)
            {
                link.Url = decision.Address;
            }
            else if (decision.Outcome == LinkOutcome.Remove)
            {
                removed.Add(new RemovedLink(link.Line, link.Column, url, decision.Exists));
                Unwrap(link);
            }
        }

        return removed;
    }

    private static bool IsRelative(string url) =>
        url.Length > 0 && LinkPolicy.Scheme(url) is null && url[0] is not ('#' or '/' or '\\');

    /// <summary>Puts the link's words where the link was.</summary>
    private static void Unwrap(LinkInline link)
    {
        for (var child = link.FirstChild; child is not null;)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }
}
