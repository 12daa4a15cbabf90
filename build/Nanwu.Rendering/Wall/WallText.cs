using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Nanwu.Records.Values;

namespace Nanwu.Rendering.Wall;

/// <summary>
/// The one normal form the wall compares in: HTML entities decoded, full-width to half-width,
/// every kind of white space and every invisible format character (soft hyphen, zero-width
/// space and joiners, word joiner: Unicode category Cf) removed. Case is ignored by the
/// comparison. Values that are mostly digits (codes, ID numbers, phones) are also compared in
/// their <see cref="Digits"/> form, without the separators people write inside numbers.
/// </summary>
internal static partial class WallText
{
    public static string Normalise(string text)
    {
        var half = ClerkInput.ToHalfWidth(WebUtility.HtmlDecode(text));
        var sb = new StringBuilder(half.Length);
        foreach (var c in half)
        {
            if (!IsDropped(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>A character the normal form leaves out: white space or an invisible format character.</summary>
    public static bool IsDropped(char c) =>
        char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    /// <summary>
    /// A normalised text without the separators written inside numbers: dashes of every kind,
    /// dots (。 becomes a dot when half-width), middle dots and brackets.
    /// </summary>
    public static string Digits(string normalised)
    {
        var sb = new StringBuilder(normalised.Length);
        foreach (var c in normalised)
        {
            if (!IsNumberSeparator(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    public static bool IsNumberSeparator(char c) =>
        c is '.' or '\u00B7' or '(' or ')'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation;

    /// <summary>More than half of a normalised value are digits: a code, an ID number or a phone.</summary>
    public static bool IsMostlyDigits(string normalised)
    {
        var digits = Digits(normalised);
        return digits.Length > 0 && 2 * digits.Count(char.IsAsciiDigit) > digits.Length;
    }

    /// <summary>
    /// The keys a value is compared by: its normal form and, when it is mostly digits, its
    /// digits alone. Two values with a key in common are the same value to the wall.
    /// </summary>
    public static IEnumerable<string> Keys(string value)
    {
        var key = Normalise(value);
        yield return key;
        if (IsMostlyDigits(key))
        {
            yield return Digits(key);
        }
    }

    /// <summary>
    /// The forms of a public file to search: as written; its text with the tags taken out, so
    /// that <c>贾&lt;strong&gt;文&lt;/strong&gt;斌</c> reads 贾文斌 (the written form keeps alt
    /// text and attributes); and each percent-decoded, since Markdig percent-encodes non-ASCII
    /// addresses (a name could hide in an href).
    /// </summary>
    public static IEnumerable<string> FormsOf(string fileText)
    {
        var plain = Normalise(fileText);
        yield return plain;
        if (plain.Contains('%'))
        {
            yield return Normalise(Uri.UnescapeDataString(plain));
        }

        if (!fileText.Contains('<'))
        {
            yield break;
        }

        var text = Normalise(Tags().Replace(fileText, ""));
        yield return text;
        if (text.Contains('%'))
        {
            yield return Normalise(Uri.UnescapeDataString(text));
        }
    }

    /// <summary>At least two Chinese characters, or at least six characters in all.</summary>
    public static bool IsLongEnough(string normalised) =>
        normalised.Count(IsChinese) >= 2 || normalised.Length >= 6;

    private static bool IsChinese(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter
        && c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    // A tag, comment or declaration: text never holds a bare <, the site escapes it as &lt;.
    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
