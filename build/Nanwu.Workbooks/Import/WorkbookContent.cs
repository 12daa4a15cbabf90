namespace Nanwu.Workbooks.Import;

/// <summary>A workbook as read: the names of all its sheets, the grids of the form sheets, and its mark.</summary>
internal sealed record WorkbookContent(
    string Name,
    IReadOnlyList<string> SheetNames,
    IReadOnlyDictionary<string, SheetGrid> Sheets,
    WorkbookMark? Mark);
