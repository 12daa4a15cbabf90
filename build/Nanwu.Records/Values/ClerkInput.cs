using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Nanwu.Records.Values;

/// <summary>
/// The one place where what clerks actually type is understood: full-width digits,
/// thousands separators, amounts written with their unit, Chinese date notations.
/// Record files must hold the plain form; this is used to suggest it, and by import.
/// </summary>
public static partial class ClerkInput
{
    /// <summary>Full-width digits, letters and punctuation to half-width; ideographic space to space.</summary>
    public static string ToHalfWidth(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                '\u3002' => '.',
                _ => c,
            });
        }

        return sb.ToString();
    }

    /// <summary>Reads "１２", "1,200", "50万元", "3件", " 12 " as a number; null when it is not one.</summary>
    public static decimal? TryReadNumber(string text)
    {
        var s = ToHalfWidth(text).Trim().Replace(",", "").Replace("，", "");
        s = UnitSuffix().Replace(s, "");
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>Reads 2024-07-05, 2024年7月5日, 2024.7.5, 2024/07/05, 20240705 as a date.</summary>
    public static DateOnly? TryReadDate(string text)
    {
        var s = ToHalfWidth(text).Trim();
        var m = ChineseDate().Match(s);
        if (!m.Success)
        {
            return null;
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    /// <summary>Normalised for comparing names: half-width, no spaces, no brackets' width differences.</summary>
    public static string NormaliseName(string name) =>
        Whitespace().Replace(ToHalfWidth(name), "").ToUpperInvariant();

    [GeneratedRegex(@"(万元|元|万人|人次|人|件|家|次|场次|场|%)$")]
    private static partial Regex UnitSuffix();

    [GeneratedRegex(
        @"^(?<y>\d{4})\s*(?:年|-|/|\.)\s*(?<m>\d{1,2})\s*(?:月|-|/|\.)\s*(?<d>\d{1,2})\s*日?$" +
        @"|^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})$")]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
