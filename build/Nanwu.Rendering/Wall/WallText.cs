using System.Globalization;
using System.Net;
using System.Text;
using Nanwu.Records.Values;

namespace Nanwu.Rendering.Wall;

/// <summary>
/// The one normal form the wall compares in: HTML entities decoded, full-width to half-width,
/// every kind of white space removed. Case is ignored by the comparison.
/// </summary>
internal static class WallText
{
    public static string Normalise(string text)
    {
        var half = ClerkInput.ToHalfWidth(WebUtility.HtmlDecode(text));
        var sb = new StringBuilder(half.Length);
        foreach (var c in half)
        {
            if (!char.IsWhiteSpace(c) && c != '\u200B' && c != '\uFEFF')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// The forms of a public file to search: as written, and percent-decoded, since Markdig
    /// percent-encodes non-ASCII addresses (a name could hide in an href).
    /// </summary>
    public static IEnumerable<string> FormsOf(string fileText)
    {
        var plain = Normalise(fileText);
        yield return plain;
        if (plain.Contains('%'))
        {
            yield return Normalise(Uri.UnescapeDataString(plain));
        }
    }

    /// <summary>At least two Chinese characters, or at least six characters in all.</summary>
    public static bool IsLongEnough(string normalised) =>
        normalised.Count(IsChinese) >= 2 || normalised.Length >= 6;

    private static bool IsChinese(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter
        && c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
