namespace Nanwu.Records.Diagnostics;

/// <summary>
/// A place in an input file: the path relative to the repository with <c>/</c>,
/// and a 1-based line and column counted in characters. A workbook cell is a place too:
/// its path is <c>file.xlsx!sheet</c>, its line the row and its column the column.
/// </summary>
public readonly record struct SourceSpan(string Path, int Line, int Column)
{
    /// <summary>True for a workbook cell, printed <c>file.xlsx!sheet!F7</c> as spreadsheets name cells.</summary>
    public bool IsCell { get; init; }

    /// <summary>The start of a file, for problems that concern the file as a whole.</summary>
    public static SourceSpan FileStart(string path) => new(path, 1, 1);

    /// <summary>A cell of a workbook's sheet, by 1-based row and column.</summary>
    public static SourceSpan Cell(string workbook, string sheet, int row, int column) =>
        new($"{workbook}!{sheet}", row, column) { IsCell = true };

    public override string ToString() => IsCell ? $"{Path}!{ColumnName(Column)}{Line}" : $"{Path}:{Line}:{Column}";

    /// <summary>1 → A, 27 → AA: the letters of a spreadsheet column.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }

        return name;
    }
}
