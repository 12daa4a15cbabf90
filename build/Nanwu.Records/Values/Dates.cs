using System.Globalization;

namespace Nanwu.Records.Values;

/// <summary>
/// Calendar dates as written in records (<c>YYYY-MM-DD</c>). A date is a <see cref="DateOnly"/>:
/// no clock, no time zone.
/// </summary>
public static class Dates
{
    private static readonly TimeZoneInfo ChinaStandardTime =
        TimeZoneInfo.CreateCustomTimeZone("CST+8", TimeSpan.FromHours(8), "中国标准时间", "中国标准时间");

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(
            text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Format(DateOnly date) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The last day of the month of a date; safe at the very end of the calendar.</summary>
    public static DateOnly MonthEnd(DateOnly date) =>
        new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));

    /// <summary>年月日 form for pages: 2024年12月15日.</summary>
    public static string FormatChinese(DateOnly date) =>
        $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>The calendar date in China Standard Time of an instant, whatever the machine's zone.</summary>
    public static DateOnly InChina(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, ChinaStandardTime).DateTime);
}
