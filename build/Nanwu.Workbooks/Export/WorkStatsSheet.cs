using Nanwu.Aggregation;
using Nanwu.Records.Forms;
using Nanwu.Records.Model;
using Nanwu.Workbooks.Xlsx;

namespace Nanwu.Workbooks.Export;

/// <summary>附件2 工作情况统计表: one owner's row, the township's 合计, or each owner's row for the office.</summary>
internal static class WorkStatsSheet
{
    private const string TotalLabel = "合计";

    /// <summary>One owner's form; blank cells when nothing was reported yet.</summary>
    public static FormTableSpec Report(FormDefinition form, FormReport? report, SheetHeader header) =>
        new(form, SheetNames.WorkStats, header, [], [], [Row(form, report)]);

    /// <summary>The township's form as sent to the county: villages and 乡本级 summed (blank before any report).</summary>
    public static FormTableSpec Total(FormDefinition form, RoundSummary round, SheetHeader header) =>
        new(form, SheetNames.WorkStats, header, [], [], [TotalRow(form, round)]);

    /// <summary>Each village, 乡本级 and 合计, with 报送情况: what the office checks before sending.</summary>
    public static FormTableSpec Detail(FormDefinition form, RoundSummary round, SheetHeader header)
    {
        var body = round.Rows
            .Select(r => (IReadOnlyList<CellSpec>)
            [
                CellSpec.Of(r.Owner.IsTownship ? "乡本级" : r.Owner.Name, CellStyle.DataCenter),
                CellSpec.Of(Status(r), CellStyle.DataCenter),
                .. Row(form, r.Report),
            ])
            .Append(
            [
                CellSpec.Of(TotalLabel, CellStyle.TotalLabel),
                CellSpec.Blank(CellStyle.DataCenter),
                .. TotalRow(form, round),
            ])
            .ToList();
        return new FormTableSpec(form, SheetNames.Detail, header, ["填报单位", "报送情况"], [], body);
    }

    private static IReadOnlyList<CellSpec> Row(FormDefinition form, FormReport? report) =>
        report is null
            ? Cells.Blanks(form)
            : form.Leaves.Select(leaf => Cells.Of(leaf, Cells.WorkStats(leaf, report))).ToList();

    private static IReadOnlyList<CellSpec> TotalRow(FormDefinition form, RoundSummary round) =>
        form.Leaves
            .Select(leaf => round.Rows.Any(r => r.Report is not null) && leaf.Key is { } key
                && round.Total.TryGetValue(key, out var sum)
                    ? Cells.Of(leaf, sum)
                    : CellSpec.Blank(Cells.StyleOf(leaf)))
            .ToList();

    private static string Status(OwnerRow row) =>
        row.Status == ReportStatus.Late && row.Report is { } r
            ? $"{row.Status.ChineseName()}（{Nanwu.Records.Values.Dates.Format(r.Header.ReportedOn)}）"
            : row.Status.ChineseName();
}
