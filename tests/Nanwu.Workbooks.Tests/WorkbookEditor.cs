using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Nanwu.Workbooks.Tests;

/// <summary>
/// Changes cells of a workbook the way a clerk's spreadsheet program stores them: typed text as
/// a text cell, a typed number as a number, merged blocks, cleared cells.
/// </summary>
public sealed class WorkbookEditor : IDisposable
{
    private readonly MemoryStream _stream = new();
    private readonly SpreadsheetDocument _document;

    private WorkbookEditor(byte[] workbook)
    {
        _stream.Write(workbook);
        _document = SpreadsheetDocument.Open(_stream, true);
    }

    public static byte[] Edit(byte[] workbook, Action<WorkbookEditor> edit)
    {
        using var editor = new WorkbookEditor(workbook);
        edit(editor);
        return editor.Save();
    }

    public WorkbookEditor Text(string sheet, string address, string text)
    {
        var cell = Cell(sheet, address);
        cell.CellValue = null;
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new Text(text));
        return this;
    }

    public WorkbookEditor Number(string sheet, string address, string stored)
    {
        var cell = Cell(sheet, address);
        cell.InlineString = null;
        cell.DataType = null;
        cell.CellValue = new CellValue(stored);
        return this;
    }

    public WorkbookEditor Clear(string sheet, string address)
    {
        var cell = Cell(sheet, address);
        cell.InlineString = null;
        cell.DataType = null;
        cell.CellValue = null;
        return this;
    }

    public WorkbookEditor Merge(string sheet, string range)
    {
        var worksheet = Part(sheet).Worksheet;
        var merges = worksheet.GetFirstChild<MergeCells>() ?? worksheet.InsertAfter(new MergeCells(),
            worksheet.GetFirstChild<SheetData>()!);
        merges.Append(new MergeCell { Reference = range });
        return this;
    }

    public WorkbookEditor RenameSheet(string sheet, string name)
    {
        _document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Name = name;
        return this;
    }

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }

    private byte[] Save()
    {
        _document.Dispose();
        return _stream.ToArray();
    }

    private WorksheetPart Part(string sheet)
    {
        var book = _document.WorkbookPart!;
        var id = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        return (WorksheetPart)book.GetPartById(id);
    }

    private Cell Cell(string sheet, string address)
    {
        var data = Part(sheet).Worksheet.GetFirstChild<SheetData>()!;
        var rowNumber = uint.Parse(new string(address.SkipWhile(char.IsLetter).ToArray()));
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex! == rowNumber);
        if (row is null)
        {
            row = new Row { RowIndex = rowNumber };
            var after = data.Elements<Row>().LastOrDefault(r => r.RowIndex! < rowNumber);
            if (after is null)
            {
                data.PrependChild(row);
            }
            else
            {
                data.InsertAfter(row, after);
            }
        }

        var cell = row.Elements<Cell>().FirstOrDefault(c => c.CellReference == address);
        if (cell is null)
        {
            cell = new Cell { CellReference = address };
            var before = row.Elements<Cell>().FirstOrDefault(c => Column(c.CellReference!) > Column(address));
            if (before is null)
            {
                row.Append(cell);
            }
            else
            {
                row.InsertBefore(cell, before);
            }
        }

        return cell;
    }

    private static int Column(string address) =>
        address.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => n * 26 + (c - 'A' + 1));
}
