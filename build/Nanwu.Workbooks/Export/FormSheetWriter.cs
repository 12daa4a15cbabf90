using Nanwu.Records.Forms;
using Nanwu.Workbooks.Xlsx;

namespace Nanwu.Workbooks.Export;

/// <summary>
/// Lays a form out on a sheet as printed: 附件 number, title, caption, header block, the
/// multi-level column header from the form's column tree (merged as in <see cref="FormDefinition.HeaderRows"/>),
/// the body, and the numbered 备注 notes under the table.
/// </summary>
internal static class FormSheetWriter
{
    public static SheetBuilder Write(FormTableSpec spec)
    {
        var sheet = new SheetBuilder(spec.SheetName);
        var headerEnd = SheetRows.HeaderStart + Math.Max(1, spec.Form.HeaderDepth) - 1;
        var bodyStart = headerEnd + 1;

        WriteColumnHeader(sheet, spec);
        WriteBody(sheet, spec, bodyStart);
        Sizing.SetWidths(sheet, spec, bodyStart);
        WriteTitle(sheet, spec);
        HeaderBlock.Write(sheet, spec);
        var lastRow = WriteNotes(sheet, spec, bodyStart + spec.Body.Count + 1);
        Sizing.SetHeights(sheet, spec, bodyStart);

        sheet.TitleRows = (SheetRows.HeaderStart, headerEnd);
        sheet.PrintArea = (lastRow, spec.FormColumns);
        return sheet;
    }

    private static void WriteTitle(SheetBuilder sheet, FormTableSpec spec)
    {
        var last = spec.FormColumns;
        if (spec.Form.Attachment > 0)
        {
            sheet.Set(SheetRows.Attachment, 1, CellSpec.Of($"附件{spec.Form.Attachment}", CellStyle.Attachment));
        }

        sheet.Set(SheetRows.Title, 1, CellSpec.Of(spec.Form.Name, CellStyle.Title));
        sheet.Merge(SheetRows.Title, 1, SheetRows.Title, last);
        sheet.Height(SheetRows.Title, 32);
        if (spec.Header.Caption.Length > 0)
        {
            sheet.Set(SheetRows.Caption, 1, CellSpec.Of(spec.Header.Caption, CellStyle.Caption));
            sheet.Merge(SheetRows.Caption, 1, SheetRows.Caption, last);
        }
    }

    private static void WriteColumnHeader(SheetBuilder sheet, FormTableSpec spec)
    {
        var depth = Math.Max(1, spec.Form.HeaderDepth);
        var top = SheetRows.HeaderStart;
        for (var i = 0; i < spec.Leading.Count; i++)
        {
            Span(sheet, top, i + 1, depth, 1, spec.Leading[i], CellStyle.Head);
        }

        foreach (var (level, column, cell) in HeaderLayout.Place(spec.Form, spec.Leading.Count + 1))
        {
            Span(sheet, top + level, column, cell.RowSpan, cell.ColumnSpan, cell.Label, CellStyle.Head);
        }

        for (var i = 0; i < spec.Extra.Count; i++)
        {
            Span(sheet, top, spec.FormColumns + 1 + i, depth, 1, spec.Extra[i], CellStyle.ExtraHead);
        }
    }

    private static void Span(
        SheetBuilder sheet, int row, int column, int rows, int columns, string text, CellStyle style)
    {
        sheet.Set(row, column, CellSpec.Of(text, style));
        sheet.Merge(row, column, row + rows - 1, column + columns - 1);
    }

    private static void WriteBody(SheetBuilder sheet, FormTableSpec spec, int bodyStart)
    {
        for (var i = 0; i < spec.Body.Count; i++)
        {
            var cells = spec.Body[i];
            for (var c = 0; c < cells.Count; c++)
            {
                sheet.Set(bodyStart + i, c + 1, cells[c]);
            }
        }

        foreach (var (first, last, column) in spec.BodyMerges)
        {
            sheet.Merge(bodyStart + first, column, bodyStart + last, column);
        }

        if (spec.Body.Count == 0)
        {
            return;
        }

        foreach (var (column, allowed) in spec.Choices.OrderBy(c => c.Key))
        {
            sheet.Validate(new Validation(bodyStart, bodyStart + spec.Body.Count - 1, column, allowed));
        }
    }

    private static int WriteNotes(SheetBuilder sheet, FormTableSpec spec, int row)
    {
        var notes = spec.Form.Notes;
        for (var i = 0; i < notes.Count; i++)
        {
            var text = i == 0 ? SheetRows.NotesLead + notes[i] : notes[i];
            sheet.Set(row + i, 1, CellSpec.Of(text, CellStyle.Note));
            sheet.Merge(row + i, 1, row + i, spec.FormColumns);
        }

        return notes.Count == 0 ? row - 1 : row + notes.Count - 1;
    }
}
