using DocumentFormat.OpenXml.Spreadsheet;

namespace Nanwu.Workbooks.Import;

/// <summary>One stored cell as a <see cref="RawCell"/>, whatever type the program that saved it chose.</summary>
internal static class StoredCells
{
    public static RawCell Read(Cell cell, IReadOnlyList<string> strings, DateStyles dates)
    {
        var value = cell.CellValue?.Text;
        var isDate = cell.StyleIndex?.Value is { } style && dates.IsDate(style);
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, out var i) && i >= 0 && i < strings.Count
                ? Text(strings[i])
                : RawCell.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? Text(XlsxReader.Plain(inline)) : RawCell.Empty;
        }

        if (value is null)
        {
            return RawCell.Empty;
        }

        if (type == CellValues.String)
        {
            return Text(value);
        }

        if (type == CellValues.Boolean)
        {
            return new RawCell(RawKind.Boolean, value, false);
        }

        if (type == CellValues.Error)
        {
            return new RawCell(RawKind.Error, value, false);
        }

        return type == CellValues.Date
            ? new RawCell(RawKind.IsoDate, value, true)
            : new RawCell(RawKind.Number, value.Trim(), isDate);
    }

    private static RawCell Text(string text) =>
        text.Length == 0 ? RawCell.Empty : new RawCell(RawKind.Text, text.Replace("\r\n", "\n"), false);
}
