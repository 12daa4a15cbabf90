using System.Net;
using System.Text.RegularExpressions;

namespace Nanwu.Hostile.Tests.Conservation;

/// <summary>The visible text of a built page: tags removed, entities decoded, white space collapsed.</summary>
public static partial class OutputText
{
    public static string Of(string outRoot, string page)
    {
        var path = Path.Combine(outRoot, page);
        Assert.True(File.Exists(path), $"{page} is missing from the output");
        var text = Tags().Replace(File.ReadAllText(path), " ");
        return Spaces().Replace(WebUtility.HtmlDecode(text), " ");
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
