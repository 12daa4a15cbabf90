using Nanwu.Aggregation;
using Nanwu.Records.Forms;
using Nanwu.Records.Model;

namespace Nanwu.Rendering.Tables;

/// <summary>附件2 工作情况统计表 as tables: the township's round (a row per owner and 合计) or one owner's row.</summary>
public static class WorkStatsTable
{
    private const string RemarkKey = "备注";

    /// <summary>The township table of a round: villages, 乡本级, then 合计 (villages plus 乡本级).</summary>
    public static FormTable ForRound(FormDefinition form, RoundSummary round, Func<Owner, string> ownerUrl)
    {
        var rows = round.Rows
            .Select(r => new TableRow(
                r.Owner.IsTownship ? RowKind.Own : RowKind.Item,
                OwnerLabel(r.Owner),
                ownerUrl(r.Owner),
                StatusBadge.Of(r),
                Cells(form, r.Report)))
            .Append(new TableRow(RowKind.Total, "合计", null, null, TotalCells(form, round.Total)))
            .ToList();
        return new FormTable(FormHeads.Of(form, "填报单位", "报送情况"), rows, HasLabel: true, HasStatus: true);
    }

    /// <summary>One owner's 附件2 as printed: the form's header and a single row (empty when not reported).</summary>
    public static FormTable ForReport(FormDefinition form, FormReport? report) =>
        new(FormHeads.Of(form), [new TableRow(RowKind.Item, null, null, null, Cells(form, report))],
            HasLabel: false, HasStatus: false);

    /// <summary>乡本级 for the township's own row; the village's name otherwise.</summary>
    public static string OwnerLabel(Owner owner) => owner.IsTownship ? "乡本级" : owner.Name;

    public static IReadOnlyList<TableCell> Cells(FormDefinition form, FormReport? report) =>
        form.Leaves.Select(leaf => report is null ? TableCell.Empty : CellFormat.Of(leaf.Value, ValueOf(leaf, report)))
            .ToList();

    private static IReadOnlyList<TableCell> TotalCells(
        FormDefinition form, IReadOnlyDictionary<string, decimal> total) =>
        form.Leaves.Select(leaf => leaf.Key is { } key && total.TryGetValue(key, out var sum)
                ? CellFormat.Of(leaf.Value, sum)
                : TableCell.Empty)
            .ToList();

    private static object? ValueOf(FormColumn leaf, FormReport report) => leaf.Value switch
    {
        ValueKind.Count or ValueKind.Money when leaf.Key is { } key => report[key],
        ValueKind.Text when leaf.Key == RemarkKey => report.Remark,
        _ => null,
    };
}
