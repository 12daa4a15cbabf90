namespace Nanwu.Workbooks.Xlsx;

/// <summary>
/// The document properties of a workbook. <see cref="Keywords"/> carries what the workbook is
/// (<c>nanwu:village:dongzhuang:2025-06</c>) so that import can tell one village's form from
/// another's; <see cref="Stamp"/> is the as-of date, used for every date in the package.
/// </summary>
internal sealed record WorkbookInfo(string Title, string Subject, string Keywords, DateOnly Stamp);
