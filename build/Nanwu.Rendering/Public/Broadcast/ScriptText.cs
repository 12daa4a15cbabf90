using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Nanwu.Rendering.Public.Broadcast;

/// <summary>
/// The words of a Markdown body as plain paragraphs to read aloud: no markup, no addresses, no
/// pictures; an ordered list's items start 第一，第二，…; every paragraph ends with a stop.
/// </summary>
public static class ScriptText
{
    // The same emphasis rules as the pages: without the CJK-friendly ones, **注意：**正规 keeps its stars.
    private static readonly MarkdownPipeline Pipeline =
        new MarkdownPipelineBuilder().UseAdvancedExtensions().UseCjkFriendlyEmphasis().Build();

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static IReadOnlyList<string> Paragraphs(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        var paragraphs = new List<string>();
        foreach (var block in document)
        {
            AddBlock(block, paragraphs, prefix: "");
        }

        // A star left by emphasis that did not pair up is markup too.
        return paragraphs.Select(p => SpokenText.Of(p.Replace("*", "")))
            .Select(EndWithStop).Where(p => p.Length > 0).ToList();
    }

    private static void AddBlock(Block block, List<string> paragraphs, string prefix)
    {
        switch (block)
        {
            case HeadingBlock heading:
                paragraphs.Add(prefix + InlineText(heading.Inline));
                break;
            case ParagraphBlock paragraph:
                paragraphs.Add(prefix + InlineText(paragraph.Inline));
                break;
            case ListBlock list:
                var number = 0;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    number++;
                    var first = list.IsOrdered ? $"第{ChineseNumerals.Cardinal(number.ToString(Invariant))}，" : "";
                    foreach (var (child, i) in item.Select((c, i) => (c, i)))
                    {
                        AddBlock(child, paragraphs, i == 0 ? first : "");
                    }
                }

                break;
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                {
                    var cells = row.OfType<TableCell>().SelectMany(c => c.OfType<ParagraphBlock>())
                        .Select(p => InlineText(p.Inline)).Where(t => t.Length > 0);
                    paragraphs.Add(string.Join("，", cells));
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AddBlock(child, paragraphs, prefix);
                }

                break;
        }

        // Code blocks, raw HTML and rules carry nothing to read aloud.
    }

    private static string InlineText(ContainerInline? inline)
    {
        var sb = new StringBuilder();
        Append(inline, sb);
        return sb.ToString().Trim();
    }

    private static void Append(Inline? inline, StringBuilder sb)
    {
        switch (inline)
        {
            case LiteralInline literal:
                sb.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.ToString());
                break;
            case LineBreakInline:
                break;
            case LinkInline { IsImage: true }:
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(child, sb);
                }

                break;
        }

        // Autolinks (bare addresses) and raw HTML are left out: an address read aloud helps nobody.
    }

    private static string EndWithStop(string paragraph)
    {
        var text = paragraph.Trim();
        if (text.Length == 0)
        {
            return "";
        }

        // A colon before a list stays, as the announcer pauses there too.
        return text[^1] switch
        {
            '；' or '，' or '、' => text[..^1] + "。",
            '。' or '？' or '！' or '…' or '：' => text,
            '”' or '’' or '）' when text.Length > 1 && text[^2] is '。' or '？' or '！' => text,
            _ => text + "。",
        };
    }
}
