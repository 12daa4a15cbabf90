namespace Nanwu.Workbooks.Xlsx;

/// <summary>Dates as spreadsheets store them: days since 1899-12-30 (the 1900 date system).</summary>
internal static class ExcelDates
{
    private static readonly int Epoch = new DateOnly(1899, 12, 30).DayNumber;

    // 1900-03-01 and later: before it the 1900 system counts a 29 February that never was.
    private const int FirstSafe = 61;
    private const int Last = 2958465;

    public static int Serial(DateOnly date) => date.DayNumber - Epoch;

    public static DateOnly? FromSerial(decimal serial) =>
        serial >= FirstSafe && serial <= Last && serial == decimal.Truncate(serial)
            ? DateOnly.FromDayNumber(Epoch + (int)serial)
            : null;
}
