using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Nanwu.Records.Diagnostics;

namespace Nanwu.Workbooks.Import;

/// <summary>
/// Opens an .xlsx as Excel, WPS or LibreOffice saved it and reads the wanted sheets into grids.
/// A file that is not a readable workbook is one diagnostic.
/// </summary>
internal static class XlsxReader
{
    /// <summary>No part of a form workbook comes near this; a larger one is refused, not unpacked.</summary>
    private const long MaxCharactersInPart = 20_000_000;

    public const int MaxRows = 5000;

    public static WorkbookContent? Read(
        byte[] bytes, string name, IReadOnlyCollection<string> wanted, ICollection<Diagnostic> problems)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false,
                new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var book = document.WorkbookPart ?? throw new InvalidDataException("没有工作簿部分");
            var sheets = book.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            var strings = SharedStrings(book);
            var dates = DateStyles.Of(book.WorkbookStylesPart?.Stylesheet);
            var grids = new Dictionary<string, SheetGrid>(StringComparer.Ordinal);
            foreach (var sheet in sheets.Where(s => s.Name?.Value is { } n && wanted.Contains(n)))
            {
                if (sheet.Id?.Value is { } id && book.GetPartById(id) is WorksheetPart part
                    && Grid(name, sheet.Name!.Value!, part, strings, dates, problems) is { } grid)
                {
                    grids[grid.Name] = grid;
                }
            }

            var mark = WorkbookMark.Parse(document.PackageProperties.Keywords);
            return new WorkbookContent(name, sheets.Select(s => s.Name?.Value ?? "").ToList(), grids, mark);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException
                                      or XmlException or IOException or InvalidOperationException
                                      or NotSupportedException or ArgumentException)
        {
            problems.Add(Messages.WorkbookUnreadable(name, Reason(e)));
            return null;
        }
    }

    private static string Reason(Exception e) => e switch
    {
        OpenXmlPackageException or FileFormatException or InvalidDataException =>
            "不是 .xlsx 格式，可能是旧的 .xls、WPS 的 .et、加了密码的文件，或文件已损坏",
        _ => e.Message,
    };

    private static List<string> SharedStrings(WorkbookPart book) =>
        book.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(Plain).ToList() ?? [];

    /// <summary>The text of a string item: its runs put together, without phonetic guides.</summary>
    internal static string Plain(OpenXmlElement item) =>
        string.Concat(item.ChildElements.Select(child => child switch
        {
            Text t => t.Text,
            Run r => string.Concat(r.Elements<Text>().Select(t => t.Text)),
            _ => "",
        }));

    private static SheetGrid? Grid(string workbook, string sheetName, WorksheetPart part, List<string> strings,
        DateStyles dates, ICollection<Diagnostic> problems)
    {
        var cells = new Dictionary<(int, int), RawCell>();
        var worksheet = part.Worksheet;
        var rowNumber = 0;
        foreach (var row in worksheet.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            rowNumber = row.RowIndex?.Value is { } r ? (int)r : rowNumber + 1;
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                column = cell.CellReference?.Value is { } a && Export.CellAddress.Parse(a) is var (_, c)
                    ? c
                    : column + 1;
                var raw = StoredCells.Read(cell, strings, dates);
                if (raw.Kind == RawKind.Empty)
                {
                    continue;
                }

                // Formatted but empty rows far down cost nothing; values there mean this is not a form.
                if (rowNumber > MaxRows)
                {
                    var span = SourceSpan.Cell(workbook, sheetName, rowNumber, column);
                    problems.Add(Messages.SheetTooLarge(span, rowNumber, MaxRows));
                    return null;
                }

                cells[(rowNumber, column)] = raw;
            }
        }

        var merges = worksheet.Elements<MergeCells>().SelectMany(m => m.Elements<MergeCell>())
            .Select(m => Range(m.Reference?.Value))
            .OfType<MergedRange>()
            .ToList();
        return new SheetGrid(workbook, sheetName, cells, merges);
    }

    private static MergedRange? Range(string? reference)
    {
        var parts = (reference ?? "").Split(':');
        return parts.Length == 2 && Export.CellAddress.Parse(parts[0]) is var (t, l)
            && Export.CellAddress.Parse(parts[1]) is var (b, r)
            ? new MergedRange(t, l, b, r)
            : null;
    }
}
