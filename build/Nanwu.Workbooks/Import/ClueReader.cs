using System.Text.Json.Nodes;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Forms;
using Nanwu.Records.Model;
using Nanwu.Workbooks.Export;

namespace Nanwu.Workbooks.Import;

/// <summary>
/// 附件3 from its sheet: one record per filled row. The category (所属行业领域) is read as written,
/// "(5) 教育、养老…", "5" or the words alone, and a row without one belongs to the category above it,
/// as rows grouped under a merged category cell do.
/// </summary>
internal static class ClueReader
{
    private const string DomainKey = "所属行业领域";
    private const string FilingsKey = "提交有关部门审批备案情况";

    public static IReadOnlyList<ImportedRecord> Read(SheetContext sheet)
    {
        var grid = sheet.Grid;
        var place = FormLocator.Locate(grid, sheet.Form, sheet.Problems);
        if (place is null)
        {
            return [];
        }

        SheetChecks.NoMergesAcrossColumns(grid, place, sheet.Problems);
        var leaves = sheet.Form.Leaves;
        var domainColumn = place.LeafColumns[leaves.ToList().FindIndex(l => l.Key == DomainKey)];
        var filingsColumn = place.LeafColumns[leaves.ToList().FindIndex(l => l.Key == FilingsKey)];
        var kindColumn = place.ExtraColumns.GetValueOrDefault(ExtraColumns.SubjectKind);
        var ids = new RecordIdColumn(sheet, place);
        var content = place.LeafColumns.Where((c, i) => !leaves[i].Derived && c != domainColumn)
            .Concat(new[] { ids.Column, kindColumn }.OfType<int>().Where(c => c > 0))
            .ToList();
        var filled = SheetChecks.FilledRows(grid, place, content).ToHashSet();
        var domains = new Domains(FieldRule.Of(sheet.Schema, DomainKey, ValueKind.Choice, null).Allowed);

        var records = new List<ImportedRecord>();
        string? domain = null;
        for (var row = place.BodyStart; row <= place.BodyEnd; row++)
        {
            var written = grid[row, domainColumn];
            if (!written.IsEmpty && (grid.MergeAt(row, domainColumn)?.Top ?? row) == row)
            {
                domain = domains.Read(written.Text);
                if (domain is null)
                {
                    sheet.Problems.Add(Messages.NotAChoice(grid.Span(row, domainColumn), DomainKey, written.Text.Trim(),
                        domains.Allowed));
                }
            }

            if (!filled.Contains(row))
            {
                continue;
            }

            var cells = new Dictionary<string, SourceSpan>(StringComparer.Ordinal)
            {
                [DomainKey] = grid.Span(row, domainColumn),
                [FilingsKey] = grid.Span(row, filingsColumn),
            };
            var record = new JsonObject();
            if (domain is null && written.IsEmpty)
            {
                sheet.Problems.Add(Messages.EmptyCell(grid.Span(row, domainColumn), DomainKey, DomainKey));
            }

            record[DomainKey] = domain;
            ReadFilings(sheet, row, filingsColumn, record);
            sheet.ReadLeaves(place, row, record, cells, leaf => leaf.Key is DomainKey or FilingsKey);
            ReadSubjectKind(sheet, row, kindColumn, place, record, cells);
            if (ids.Read(row, out var id))
            {
                var anchor = grid.Span(row, place.LeafColumns[0]);
                records.Add(new ImportedRecord(RecordKind.Clue, id, record, cells, anchor));
            }
        }

        return records;
    }

    private static void ReadFilings(SheetContext sheet, int row, int column, JsonObject record)
    {
        var text = sheet.Grid[row, column].Text;
        if (Filings.Parse(text) is not { } filings)
        {
            sheet.Problems.Add(Messages.BadFilings(sheet.Grid.Span(row, column), FilingsKey, text.Trim()));
            return;
        }

        if (text.Trim().Length == 0)
        {
            sheet.Problems.Add(Messages.BlankAsDefault(sheet.Grid.Span(row, column), FilingsKey, Filings.None));
        }

        record[FilingsKey] = new JsonObject(filings.Select(f =>
            KeyValuePair.Create(f.Authority, (JsonNode?)JsonValue.Create(f.State))));
    }

    private static void ReadSubjectKind(SheetContext sheet, int row, int column, FormPlace place, JsonObject record,
        Dictionary<string, SourceSpan> cells)
    {
        var span = column > 0 ? sheet.Grid.Span(row, column) : sheet.Grid.Span(row, place.LeafColumns[^1] + 1);
        cells[ExtraColumns.SubjectKind] = span;
        var rule = FieldRule.Of(sheet.Schema, ExtraColumns.SubjectKind, ValueKind.Choice, null);
        var cell = column > 0 ? sheet.Grid[row, column] : RawCell.Empty;
        if (sheet.Values.Read(rule, cell, span, out var value))
        {
            record[ExtraColumns.SubjectKind] = value;
        }
    }
}
