using System.Text.Json.Nodes;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Workbooks.Import;

/// <summary>附件4 from its sheet: one record per filled row; 序号 is the sheet's own and not read.</summary>
internal static class CrossProvinceReader
{
    public static IReadOnlyList<ImportedRecord> Read(SheetContext sheet)
    {
        var grid = sheet.Grid;
        var place = FormLocator.Locate(grid, sheet.Form, sheet.Problems);
        if (place is null)
        {
            return [];
        }

        SheetChecks.NoMergesAcrossColumns(grid, place, sheet.Problems);
        var ids = new RecordIdColumn(sheet, place);
        var content = place.LeafColumns.Where((c, i) => !sheet.Form.Leaves[i].Derived)
            .Concat(new[] { ids.Column }.OfType<int>())
            .ToList();
        var records = new List<ImportedRecord>();
        foreach (var row in SheetChecks.FilledRows(grid, place, content))
        {
            var record = new JsonObject();
            var cells = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
            sheet.ReadLeaves(place, row, record, cells, _ => false);
            if (ids.Read(row, out var id))
            {
                records.Add(new ImportedRecord(RecordKind.CrossProvince, id, record, cells,
                    grid.Span(row, place.LeafColumns[0])));
            }
        }

        return records;
    }
}
