using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Nanwu.Rendering.Markdown;

/// <summary>
/// Removes from a parsed body what a public page must not carry: raw HTML (blocks and inline
/// tags), attributes added with <c>{…}</c>, links with other schemes than http(s), mailto and
/// tel, and images that are not a file beside the page. Says what it removed, and where.
/// </summary>
internal static partial class MarkdownSanitizer
{
    // Tags whose text content is code or markup, not prose: removed along with the tags.
    private static readonly HashSet<string> Swallowing = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "object", "embed", "template", "noscript",
    };

    public static IReadOnlyList<UnsafeFinding> Clean(MarkdownDocument document)
    {
        var findings = new List<UnsafeFinding>();
        var nodes = document.Descendants().ToList();
        foreach (var node in nodes)
        {
            switch (node)
            {
                case HtmlBlock block:
                    findings.Add(new(block.Line, block.Column, Describe(block.Lines.ToString())));
                    block.Parent?.Remove(block);
                    break;
                case HtmlInline tag when tag.Parent is not null:
                    RemoveTag(tag, findings);
                    break;
                case LinkInline link when link.Parent is not null:
                    CheckLink(link, findings);
                    break;
                case AutolinkInline auto when auto.Parent is not null && !LinkPolicy.IsAllowedLink(auto.Url):
                    findings.Add(new(auto.Line, auto.Column, UnsafeLink(auto.Url)));
                    auto.Remove();
                    break;
            }

            RemoveAttributes(node, findings);
        }

        return findings.OrderBy(f => f.Line).ThenBy(f => f.Column).ToList();
    }

    private static void RemoveTag(HtmlInline tag, List<UnsafeFinding> findings)
    {
        var name = TagName(tag.Tag);
        if (!tag.Tag.StartsWith("</", StringComparison.Ordinal))
        {
            findings.Add(new(tag.Line, tag.Column, Describe(tag.Tag)));
        }

        if (name is not null && Swallowing.Contains(name) && !tag.Tag.StartsWith("</", StringComparison.Ordinal))
        {
            for (var next = tag.NextSibling; next is not null;)
            {
                var after = next.NextSibling;
                var closes = next is HtmlInline h && h.Tag.StartsWith("</", StringComparison.Ordinal)
                    && string.Equals(TagName(h.Tag), name, StringComparison.OrdinalIgnoreCase);
                next.Remove();
                next = closes ? null : after;
            }
        }

        tag.Remove();
    }

    private static void CheckLink(LinkInline link, List<UnsafeFinding> findings)
    {
        var url = link.Url ?? "";
        if (link.IsImage)
        {
            if (LinkPolicy.LocalFile(url) is null)
            {
                var what = LinkPolicy.IsAllowedLink(url) ? "指向其他网站的图片（图片请与文章放在同一目录）" : UnsafeLink(url);
                findings.Add(new(link.Line, link.Column, what));
                link.Remove();
            }

            return;
        }

        if (link.Url is null || LinkPolicy.IsAllowedLink(url))
        {
            return;
        }

        findings.Add(new(link.Line, link.Column, UnsafeLink(url)));
        for (var child = link.FirstChild; child is not null;)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }

    private static void RemoveAttributes(MarkdownObject node, List<UnsafeFinding> findings)
    {
        if (node.TryGetAttributes() is not { Properties: { Count: > 0 } properties })
        {
            return;
        }

        foreach (var property in properties)
        {
            findings.Add(new(node.Line, node.Column, $"自定义属性“{property.Key}”"));
        }

        properties.Clear();
    }

    private static string UnsafeLink(string url) => $"不安全的链接“{LinkPolicy.Scheme(url)}:”";

    private static string Describe(string html) =>
        html.TrimStart().StartsWith("<!--", StringComparison.Ordinal) ? "网页注释“<!-- -->”"
        : TagName(html) is { } name ? $"网页代码“<{name.ToLowerInvariant()}>”"
        : "网页代码";

    private static string? TagName(string html) =>
        TagPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"<\s*/?\s*([A-Za-z][A-Za-z0-9-]*)")]
    private static partial Regex TagPattern();
}
