using System.Text;

namespace Nanwu.Rendering.Public.Broadcast;

/// <summary>
/// Numbers as a Chinese announcer reads them: 100500 → 十万零五百, 2000 → 两千, 12.5 → 十二点五;
/// codes and phone numbers digit by digit; years with 〇.
/// </summary>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";
    private static readonly string[] Places = ["", "十", "百", "千"];

    /// <summary>
    /// An integer written with ASCII digits, read as a quantity. Beyond 999,999,999,999 (or with a
    /// leading zero) it is read digit by digit, as nobody says such numbers as one quantity.
    /// </summary>
    public static string Cardinal(string digits)
    {
        if (digits.Length == 0 || (digits.Length > 1 && digits[0] == '0') || digits.Length > 12)
        {
            return DigitByDigit(digits);
        }

        var n = long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        if (n == 0)
        {
            return "零";
        }

        (long Value, string Unit)[] groups = [(n / 100_000_000, "亿"), (n / 10_000 % 10_000, "万"), (n % 10_000, "")];
        var sb = new StringBuilder();
        var zeroPending = false;
        foreach (var (value, unit) in groups)
        {
            if (value == 0)
            {
                zeroPending |= sb.Length > 0;
                continue;
            }

            if (sb.Length > 0 && (zeroPending || value < 1000))
            {
                sb.Append('零');
            }

            sb.Append(Group((int)value, leading: sb.Length == 0, unit)).Append(unit);
            zeroPending = false;
        }

        return sb.ToString();
    }

    /// <summary>A number with an optional decimal part: 0.5 → 零点五, 12.05 → 十二点零五.</summary>
    public static string Number(string text)
    {
        var dot = text.IndexOf('.');
        return dot < 0 ? Cardinal(text) : Cardinal(text[..dot]) + "点" + DigitByDigit(text[(dot + 1)..]);
    }

    /// <summary>Each digit on its own: 0358 → 零三五八.</summary>
    public static string DigitByDigit(string digits) => Map(digits, d => Digits[d]);

    /// <summary>A phone number: each digit, 1 as 幺 so it is not heard as 七.</summary>
    public static string PhoneDigits(string digits) => Map(digits, d => d == 1 ? '幺' : Digits[d]);

    /// <summary>A year: each digit, zero as 〇: 2025 → 二〇二五.</summary>
    public static string Year(string digits) => Map(digits, d => d == 0 ? '〇' : Digits[d]);

    private static string Map(string digits, Func<int, char> read)
    {
        var sb = new StringBuilder(digits.Length);
        foreach (var c in digits)
        {
            sb.Append(c is >= '0' and <= '9' ? read(c - '0') : c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// One group of four digits (1–9999). 10–19 at the very start read 十…; a 2 that leads its
    /// group before 千, 百, 万 or 亿 reads 两 (两千, 两百, 两万), as people say it.
    /// </summary>
    private static string Group(int value, bool leading, string unit)
    {
        var sb = new StringBuilder();
        var zero = false;
        for (var place = 3; place >= 0; place--)
        {
            var digit = value / (int)Math.Pow(10, place) % 10;
            if (digit == 0)
            {
                zero |= sb.Length > 0;
                continue;
            }

            if (zero)
            {
                sb.Append('零');
                zero = false;
            }

            var first = sb.Length == 0;
            if (!(first && leading && place == 1 && digit == 1))
            {
                var liang = digit == 2 && first && (place >= 2 || (place == 0 && unit.Length > 0));
                sb.Append(liang ? '两' : Digits[digit]);
            }

            sb.Append(Places[place]);
        }

        return sb.ToString();
    }
}
