using System.Text.RegularExpressions;

namespace Nanwu.Records.Values;

/// <summary>
/// Masks every ID number written in a text, known to the data set or not: a diagnostic about a
/// rejected file quotes its number in full (so the clerk can check every digit), and HTML pages
/// must still show it masked.
/// </summary>
public static partial class IdNumberText
{
    public static string Mask(string text) =>
        text.Length < 18 ? text : Candidate().Replace(text, m =>
        {
            var code = m.Value.ToUpperInvariant();
            return IdentityCodes.KindOf(code) == CodeKind.IdNumber ? Masking.IdNumber(m.Value) : m.Value;
        });

    // 17 digits and a digit or X, not inside a longer run of letters and digits.
    [GeneratedRegex("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex Candidate();
}
