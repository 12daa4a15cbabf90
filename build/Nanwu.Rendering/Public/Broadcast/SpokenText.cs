using System.Text;
using System.Text.RegularExpressions;
using static Nanwu.Rendering.Public.Broadcast.ChineseNumerals;

namespace Nanwu.Rendering.Public.Broadcast;

/// <summary>
/// Rewrites a sentence so it reads aloud naturally: every number becomes Chinese words, the way
/// an announcer says it (dates, times, phone numbers, percentages, amounts), and the spaces that
/// written Chinese puts around numbers go.
/// </summary>
/// <remarks>
/// Note: units written in Latin letters (km, kg, m²) and English abbreviations are left as written;
/// a number with no cue (5550100 without 电话 before it) is read as a quantity.
/// </remarks>
public static partial class SpokenText
{
    public static string Of(string text)
    {
        var s = FoldDigits(text);
        s = Thousands().Replace(s, m => m.Value.Replace(",", ""));
        s = IsoDate().Replace(s, m => $"{Year(m.Groups[1].Value)}年{Day(m.Groups[2].Value)}月{Day(m.Groups[3].Value)}日");
        s = Phone().Replace(s, m => string.Join("，", m.Groups.Values.Skip(1).Where(g => g.Success && g.Length > 0)
            .Select(g => PhoneDigits(g.Value))));
        s = Hotline().Replace(s, m => PhoneDigits(m.Value));
        s = TimeRange().Replace(s, m =>
            $"{Time(m.Groups[1].Value, m.Groups[2].Value)}到{Time(m.Groups[3].Value, m.Groups[4].Value)}");
        s = ClockTime().Replace(s, m => Time(m.Groups[1].Value, m.Groups[2].Value));
        s = YearRange().Replace(s, m => $"{Year(m.Groups[1].Value)}到{Year(m.Groups[2].Value)}");
        s = YearNumber().Replace(s, m => Year(m.Value));
        s = MonthOrDay().Replace(s, m => Day(m.Value));
        s = PercentRange().Replace(s, m => $"百分之{Number(m.Groups[1].Value)}到百分之{Number(m.Groups[2].Value)}");
        s = Percent().Replace(s, m => "百分之" + Number(m.Groups[1].Value));
        s = NumberRange().Replace(s, m => $"{Number(m.Groups[1].Value)}到{Number(m.Groups[2].Value)}");
        s = TwoBeforeUnit().Replace(s, "两");
        s = AnyNumber().Replace(s, m => Number(m.Value));
        return SpaceBesideChinese().Replace(s, "");
    }

    private static string Day(string digits) => Cardinal(digits.TrimStart('0') is "" ? "0" : digits.TrimStart('0'));

    private static string Time(string hour, string minute) =>
        $"{Cardinal(hour.TrimStart('0') is "" ? "0" : hour.TrimStart('0'))}点" +
        (minute == "00" ? "" : $"{Cardinal(minute.TrimStart('0'))}分");

    /// <summary>Full-width digits and signs, as clerks sometimes type them, to ASCII.</summary>
    private static string FoldDigits(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                '％' => '%',
                _ => c,
            });
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"(?<![\d.])\d{1,3}(?:,\d{3})+(?![\d])")]
    private static partial Regex Thousands();

    [GeneratedRegex(@"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")]
    private static partial Regex IsoDate();

    // Landlines with their area code (0358-5550100) and mobiles (13912345678): digit by digit.
    [GeneratedRegex(@"(?<![\d.])(?:(0\d{2,3})[-－ ]?(\d{7,8})|(1[3-9]\d)(\d{4})(\d{4}))(?![\d.])")]
    private static partial Regex Phone();

    // Short hotlines (110, 12345, 12377) right after the word that names them.
    [GeneratedRegex(@"(?<=(?:电话|热线|拨打|致电|号码)[：:\s]{0,2})\d{3,6}(?![\d.])")]
    private static partial Regex Hotline();

    [GeneratedRegex(@"(?<!\d)(\d{1,2})[:：](\d{2})\s*[-—–－~～至到]+\s*(\d{1,2})[:：](\d{2})(?!\d)")]
    private static partial Regex TimeRange();

    [GeneratedRegex(@"(?<!\d)(\d{1,2})[:：](\d{2})(?!\d)")]
    private static partial Regex ClockTime();

    // A year: four digits before 年, or inside 〔〕 of a document number.
    [GeneratedRegex(@"(?<![\d.])\d{4}(?=\s*年)|(?<=〔)\d{4}(?=〕)")]
    private static partial Regex YearNumber();

    [GeneratedRegex(@"(?<![\d.])(\d+(?:\.\d+)?)\s*%")]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?<![\d.])(\d+(?:\.\d+)?)\s*%?\s*[-—–~～至到]\s*(\d+(?:\.\d+)?)\s*%")]
    private static partial Regex PercentRange();

    [GeneratedRegex(@"(?<![\d.])(\d{4})\s*[-—–~～至到]\s*(\d{4})(?=\s*年)")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"(?<![\d.])\d{1,2}(?=\s*[月日号])")]
    private static partial Regex MonthOrDay();

    [GeneratedRegex(@"(?<![\d.])(\d+(?:\.\d+)?)\s*[-—–~～]\s*(\d+(?:\.\d+)?)(?![\d.])")]
    private static partial Regex NumberRange();

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex AnyNumber();

    // 2万, 2千 are said 两万, 两千; 2.5万 and 12万 are not.
    [GeneratedRegex(@"(?<![\d.])2(?![\d.])(?=\s*[万亿千百])")]
    private static partial Regex TwoBeforeUnit();

    // Spaces next to a Chinese character or Chinese punctuation are for the eye only.
    private const string Chinese = @"[\u3000-\u303F\u3400-\u9FFF\uFF00-\uFFEF“”‘’]";

    [GeneratedRegex(@"[ \t]+(?=" + Chinese + ")|(?<=" + Chinese + @")[ \t]+")]
    private static partial Regex SpaceBesideChinese();
}
