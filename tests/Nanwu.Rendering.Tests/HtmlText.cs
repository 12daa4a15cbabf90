using System.Text.RegularExpressions;

namespace Nanwu.Rendering.Tests;

/// <summary>Small helpers to look into rendered HTML.</summary>
public static partial class HtmlText
{
    /// <summary>The first <c>&lt;table …&gt;…&lt;/table&gt;</c> of a page.</summary>
    public static string FirstTable(string html)
    {
        var start = html.IndexOf("<table", StringComparison.Ordinal);
        var end = html.IndexOf("</table>", start, StringComparison.Ordinal);
        return html[start..(end + "</table>".Length)] + "\n";
    }

    /// <summary>The text of a page without its tags.</summary>
    public static string Text(string html) => System.Net.WebUtility.HtmlDecode(Tags().Replace(html, ""));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
