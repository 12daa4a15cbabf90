using System.Net;
using System.Text.RegularExpressions;

namespace Nanwu.Workbooks.Tests;

/// <summary>A cell as LibreOffice exports it to HTML: where it is, its spans, text, stored number and format.</summary>
public sealed record HtmlCell(
    int Row, int Column, int RowSpan, int ColumnSpan, string Text, string? Value, string? Format);

/// <summary>
/// Reads LibreOffice's HTML export of a workbook: one table per sheet after its "Sheet n: name"
/// heading (a workbook of one sheet has no heading, only its table); cells placed on the grid as
/// a browser would, skipping places that spans cover.
/// </summary>
public static partial class HtmlTables
{
    public static Dictionary<string, List<HtmlCell>> Parse(string html, string onlySheet)
    {
        var sheets = new Dictionary<string, List<HtmlCell>>(StringComparer.Ordinal);
        var headings = SheetHeading().Matches(html);
        if (headings.Count == 0)
        {
            var start = html.IndexOf("<table", StringComparison.Ordinal);
            sheets[onlySheet] = Cells(html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)]);
        }

        foreach (Match heading in headings)
        {
            var start = html.IndexOf("<table", heading.Index, StringComparison.Ordinal);
            var end = html.IndexOf("</table>", start, StringComparison.Ordinal);
            sheets[WebUtility.HtmlDecode(heading.Groups["name"].Value)] = Cells(html[start..end]);
        }

        return sheets;
    }

    private static List<HtmlCell> Cells(string table)
    {
        var cells = new List<HtmlCell>();
        var taken = new HashSet<(int, int)>();
        var row = 0;
        foreach (Match tr in Row().Matches(table))
        {
            row++;
            var column = 1;
            foreach (Match td in Cell().Matches(tr.Groups["cells"].Value))
            {
                while (taken.Contains((row, column)))
                {
                    column++;
                }

                var attributes = td.Groups["attributes"].Value;
                var rowSpan = Number(RowSpan().Match(attributes));
                var columnSpan = Number(ColumnSpan().Match(attributes));
                var text = WebUtility.HtmlDecode(Tag().Replace(td.Groups["text"].Value.Replace("<br>", ""), ""));
                cells.Add(new HtmlCell(row, column, rowSpan, columnSpan, text, Attribute(SdVal(), attributes),
                    Attribute(SdNum(), attributes)));
                for (var r = row; r < row + rowSpan; r++)
                {
                    for (var c = column; c < column + columnSpan; c++)
                    {
                        taken.Add((r, c));
                    }
                }

                column += columnSpan;
            }
        }

        return cells;
    }

    private static int Number(Match m) => m.Success ? int.Parse(m.Groups[1].Value) : 1;

    private static string? Attribute(Regex pattern, string attributes) =>
        pattern.Match(attributes) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex(@"<h1>Sheet \d+: <em>(?<name>[^<]*)</em></h1>")]
    private static partial Regex SheetHeading();

    [GeneratedRegex(@"<tr[^>]*>(?<cells>.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex(@"<td(?<attributes>[^>]*)>(?<text>.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex(@"rowspan=(\d+)")]
    private static partial Regex RowSpan();

    [GeneratedRegex(@"colspan=(\d+)")]
    private static partial Regex ColumnSpan();

    [GeneratedRegex(@"sdval=""([^""]*)""")]
    private static partial Regex SdVal();

    [GeneratedRegex(@"sdnum=""([^""]*)""")]
    private static partial Regex SdNum();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();
}
