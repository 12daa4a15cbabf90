using System.Text.Json.Nodes;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Forms;
using Nanwu.Records.Model;

namespace Nanwu.Workbooks.Import;

/// <summary>
/// 附件2 from its sheet: the header block and the one row of figures. A sheet left entirely blank
/// is not imported (the workbook may be used for the registers alone); a blank figure reads as 0, with a warning.
/// </summary>
internal static class WorkStatsReader
{
    public static IReadOnlyList<ImportedRecord> Read(SheetContext sheet)
    {
        var place = FormLocator.Locate(sheet.Grid, sheet.Form, sheet.Problems);
        if (place is null)
        {
            return [];
        }

        SheetChecks.NoMergesAcrossColumns(sheet.Grid, place, sheet.Problems);
        var rows = SheetChecks.FilledRows(sheet.Grid, place, place.LeafColumns);
        var headerFilled = sheet.Form.HeaderFields.Where(f => f != FormKeys.Unit)
            .Any(f => !Field(sheet, place, f).Cell.IsEmpty);
        if (rows.Count == 0 && !headerFilled)
        {
            sheet.Notes.Add($"{SheetNames.WorkStats}没有填写，本次不导入它");
            return [];
        }

        if (rows.Count > 1)
        {
            sheet.Problems.Add(Messages.SeveralReportRows(sheet.Grid.Span(rows[1], place.LeafColumns[0]), rows.Count));
            return [];
        }

        var row = rows.Count == 1 ? rows[0] : place.BodyStart;
        var record = new JsonObject();
        var cells = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var label in sheet.Form.HeaderFields)
        {
            var (cell, span) = Field(sheet, place, label);
            var kind = label == FormKeys.ReportedOn ? ValueKind.Date : ValueKind.Text;
            cells[label] = span;
            if (sheet.Values.Read(FieldRule.Of(sheet.Schema, label, kind, null), cell, span, out var value))
            {
                record[label] = value;
            }
        }

        sheet.ReadLeaves(place, row, record, cells, _ => false);
        var anchor = sheet.Grid.Span(row, place.LeafColumns[0]);
        return [new ImportedRecord(RecordKind.WorkStats, null, record, cells, anchor)];
    }

    private static (RawCell Cell, SourceSpan Span) Field(SheetContext sheet, FormPlace place, string label)
    {
        if (!place.Fields.TryGetValue(label, out var at))
        {
            return (RawCell.Empty, sheet.Grid.Span(place.HeaderTop, place.LeafColumns[0]));
        }

        var span = sheet.Grid.Span(at.Row, at.Column);
        if (at.Inline is { } inline)
        {
            return (inline.Length == 0 ? RawCell.Empty : new RawCell(RawKind.Text, inline, false), span);
        }

        var cell = sheet.Grid[at.Row, at.Column];
        var isHint = Labels.Normalise(cell.Text) == Labels.Normalise(Export.SheetRows.StampHint);
        return (isHint ? RawCell.Empty : cell, span);
    }
}
