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
    public const string DomainKey = "所属行业领域";
    public const string FilingsKey = "提交有关部门审批备案情况";

    public static IReadOnlyList<ImportedRecord> Read(SheetContext sheet)
    {
        var place = FormLocator.Locate(sheet.Grid, sheet.Form, sheet.Problems);
        if (place is null)
        {
            return [];
        }

        SheetChecks.NoMergesAcrossColumns(sheet.Grid, place, sheet.Problems);
        var columns = new ClueColumns(sheet, place);
        var filled = SheetChecks.FilledRows(sheet.Grid, place, columns.Content).ToHashSet();
        var domains = new Domains(FieldRule.Of(sheet.Schema, DomainKey, ValueKind.Choice, null).Allowed);

        var records = new List<ImportedRecord>();
        string? domain = null;
        for (var row = place.BodyStart; row <= place.BodyEnd; row++)
        {
            domain = CategoryOf(sheet, domains, row, columns.Domain, domain);
            if (filled.Contains(row) && ReadRow(sheet, place, columns, row, domain) is { } record)
            {
                records.Add(record);
            }
        }

        return records;
    }

    /// <summary>A row's category: its own when written (once for a merged block), else the one above.</summary>
    private static string? CategoryOf(SheetContext sheet, Domains domains, int row, int column, string? above)
    {
        var written = sheet.Grid[row, column];
        if (written.IsEmpty || (sheet.Grid.MergeAt(row, column)?.Top ?? row) != row)
        {
            return above;
        }

        var domain = domains.Read(written.Text);
        if (domain is null)
        {
            sheet.Problems.Add(Messages.NotAChoice(sheet.Grid.Span(row, column), DomainKey, written.Text.Trim(),
                domains.Allowed));
        }

        return domain;
    }

    private static ImportedRecord? ReadRow(
        SheetContext sheet, FormPlace place, ClueColumns columns, int row, string? domain)
    {
        var grid = sheet.Grid;
        var cells = new Dictionary<string, SourceSpan>(StringComparer.Ordinal)
        {
            [DomainKey] = grid.Span(row, columns.Domain),
            [FilingsKey] = grid.Span(row, columns.Filings),
        };
        if (domain is null && grid[row, columns.Domain].IsEmpty)
        {
            sheet.Problems.Add(Messages.EmptyCell(grid.Span(row, columns.Domain), DomainKey, DomainKey));
        }

        var record = new JsonObject { [DomainKey] = domain };
        ReadFilings(sheet, row, columns.Filings, record);
        sheet.ReadLeaves(place, row, record, cells, leaf => leaf.Key is DomainKey or FilingsKey);
        ReadSubjectKind(sheet, row, columns.SubjectKind, place, record, cells);
        return columns.Ids.Read(row, out var id)
            ? new ImportedRecord(RecordKind.Clue, id, record, cells, grid.Span(row, place.LeafColumns[0]))
            : null;
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
