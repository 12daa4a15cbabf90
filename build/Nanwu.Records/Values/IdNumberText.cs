using System.Text;
using System.Text.RegularExpressions;

namespace Nanwu.Records.Values;

/// <summary>
/// Masks every ID number written in a text, known to the data set or not: a diagnostic about a
/// rejected file quotes its number in full (so the clerk can check every digit), a remark may
/// hold one written with spaces or dashes, and HTML pages must still show it masked. Anything
/// shaped like one is masked, wrong birth date or check character included; only a valid
/// credit code of that shape (all digits) is left, as companies are shown.
/// </summary>
/// <remarks>
/// Note: a number a digit short or long (S007 and R007 quote it) is not ID-shaped and stays as written.
/// </remarks>
public static partial class IdNumberText
{
    public static string Mask(string text)
    {
        if (text.Length < 18)
        {
            return text;
        }

        // Full-width to half-width is one character for one, so positions stay those of the text.
        var half = ClerkInput.ToHalfWidth(text);
        StringBuilder? sb = null;
        var copied = 0;
        foreach (Match match in Candidate().Matches(half))
        {
            var code = string.Concat(match.Value.Where(c => char.IsAsciiDigit(c) || c is 'X' or 'x'));
            if (IdentityCodes.KindOf(code.ToUpperInvariant()) == CodeKind.CreditCode)
            {
                continue;
            }

            sb ??= new StringBuilder(text.Length);
            sb.Append(text, copied, match.Index - copied).Append(Masking.IdNumber(code));
            copied = match.Index + match.Length;
        }

        return sb is null ? text : sb.Append(text, copied, text.Length - copied).ToString();
    }

    // 17 digits and a digit or X, each digit followed by at most three separators (spaces,
    // dashes, dots, invisible format characters), and not part of a longer run of digits,
    // letters or separated digits: three dates in a row are no ID number.
    [GeneratedRegex(@"(?<![0-9A-Za-z])(?<![0-9][\p{Zs}\p{Pd}\p{Cf}.]{1,3})"
        + @"(?:[0-9][\p{Zs}\p{Pd}\p{Cf}.]{0,3}){17}[0-9Xx]"
        + @"(?![0-9A-Za-z])(?![\p{Zs}\p{Pd}\p{Cf}.]{1,3}[0-9])")]
    private static partial Regex Candidate();
}
