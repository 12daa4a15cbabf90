namespace Nanwu.Workbooks.Import;

/// <summary>Where a header field's value is: its cell, or the label's own cell when written after the colon.</summary>
internal sealed record FieldCell(int Row, int Column, string? Inline);

/// <summary>
/// Where a form was found on a sheet: the first header row, the body rows, the column of each
/// leaf of the form (in order), the system's extra columns by label, and the header fields.
/// </summary>
internal sealed record FormPlace(
    int HeaderTop,
    int BodyStart,
    int BodyEnd,
    IReadOnlyList<int> LeafColumns,
    IReadOnlyDictionary<string, int> ExtraColumns,
    IReadOnlyDictionary<string, FieldCell> Fields);
