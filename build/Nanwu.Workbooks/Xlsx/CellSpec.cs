namespace Nanwu.Workbooks.Xlsx;

/// <summary>What a cell holds.</summary>
internal enum CellKind
{
    Blank,
    Text,
    Number,
    Date,
}

/// <summary>One cell to write: its value and its format. A blank cell still carries borders and format.</summary>
internal sealed record CellSpec(CellKind Kind, string Text, decimal Number, CellStyle Style)
{
    public static CellSpec Blank(CellStyle style) => new(CellKind.Blank, "", 0, style);

    public static CellSpec Of(string text, CellStyle style) =>
        text.Length == 0 ? Blank(style) : new(CellKind.Text, text, 0, style);

    public static CellSpec Of(decimal number, CellStyle style) => new(CellKind.Number, "", number, style);

    public static CellSpec Of(DateOnly date, CellStyle style) =>
        new(CellKind.Date, Nanwu.Records.Values.Dates.FormatChinese(date), ExcelDates.Serial(date), style);

    /// <summary>The text as shown, for measuring column widths.</summary>
    public string Shown => Kind switch
    {
        CellKind.Text or CellKind.Date => Text,
        CellKind.Number when Style is CellStyle.DataCount or CellStyle.DataSerial => Number.ToString("#,0", Invariant),
        CellKind.Number => Number.ToString("#,0.00##", Invariant),
        _ => "",
    };

    private static System.Globalization.CultureInfo Invariant => System.Globalization.CultureInfo.InvariantCulture;
}
