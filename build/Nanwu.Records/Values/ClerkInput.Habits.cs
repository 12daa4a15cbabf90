using System.Globalization;
using System.Text.RegularExpressions;

namespace Nanwu.Records.Values;

public static partial class ClerkInput
{
    /// <summary>
    /// The 是 or 否 a clerk meant by yes/no, on/off, true/false, 对/不是 and the like; null when
    /// the text is not a yes or a no.
    /// </summary>
    public static string? TryReadYesNo(string text) =>
        ToHalfWidth(text).Trim().ToLowerInvariant() switch
        {
            "yes" or "y" or "on" or "true" or "t" or "是的" or "对" or "有" or "√" => "是",
            "no" or "n" or "off" or "false" or "f" or "不是" or "不" or "没有" or "无" or "×" => "否",
            _ => null,
        };

    /// <summary>
    /// Reads an amount as clerks write it, in the column's unit: "5000元" in a 万元 column is 0.5,
    /// "1200人" in a 万人 column is 0.12, "1.2万" in a count column is 12000, "50万元" is 50.
    /// <c>Converted</c> says a unit other than the column's was written. Null when not an amount.
    /// </summary>
    public static (decimal Value, bool Converted)? TryReadAmount(string text, string? unit)
    {
        var s = ToHalfWidth(text).Trim().Replace(",", "").Replace("，", "");
        var m = AmountPattern().Match(s);
        if (!m.Success || !decimal.TryParse(m.Groups["n"].Value, NumberStyles.AllowLeadingSign |
                NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var factor = Factor(m.Groups["u"].Value, unit);
        return (value * factor, factor != 1m);
    }

    /// <summary>A number written with leading zeros (007, 0012.5): its plain form, else null.</summary>
    public static string? WithoutLeadingZeros(string text)
    {
        var s = text.Trim();
        return LeadingZeros().IsMatch(s)
            && decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? Money.Canonical(value)
            : null;
    }

    // How many of the column's unit one of the written unit is.
    private static decimal Factor(string written, string? unit) => (written, unit) switch
    {
        ("元", "万元") => 0.0001m,
        ("亿元", "万元") => 10000m,
        ("人", "万人") => 0.0001m,
        ("万" or "万元" or "万人", "万元" or "万人") => 1m,
        ("万", _) => 10000m,
        _ => 1m,
    };

    [GeneratedRegex(@"^(?<n>[+-]?\d+(\.\d+)?)\s*(?<u>亿元|万元|元|万人|人次|人|件|家|次|场次|场|%|万)?$")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"^0\d+(\.\d+)?$")]
    private static partial Regex LeadingZeros();
}
