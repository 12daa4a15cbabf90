using Nanwu.Aggregation.History;
using Nanwu.Records.Forms;
using Nanwu.Records.Model;
using Nanwu.Records.Values;
using Nanwu.Rendering.Internal.Models;

namespace Nanwu.Rendering.Internal;

/// <summary>
/// The pages of closed rounds, built from the data as each round's tag has it. An owner's block
/// lists the columns that are not 0 in either round; the township total lists them all.
/// </summary>
public static class ClosedRoundPages
{
    public static ClosedRoundsPage Index(IReadOnlyList<ClosedRound> rounds) => new(rounds
        .Select(r => new ClosedRoundEntry(r.Round.Id, InternalUrls.ClosedRound(r.Round.Id), r.Tag.Name,
            r.Tag.ShortCommit, Dates.FormatChinese(r.Tag.TaggedOn), r.Corrections.Count))
        .ToList());

    public static ClosedRoundPage Page(DataSet data, ClosedRound round)
    {
        var form = data.Forms.WorkStats;
        Field[] header =
        [
            new("统计截止", Dates.FormatChinese(round.Round.Cutoff)),
            new("报送期限", Dates.FormatChinese(round.Round.Due)),
            new("截止标签", $"{round.Tag.Name}（{Dates.FormatChinese(round.Tag.TaggedOn)}）"),
            new("比较的上一轮", round.PreviousRoundId is null ? "专项行动开始（各项累计数为 0）"
                : round.PreviousTag is null ? $"{round.PreviousRoundId}（未截止，取本标签中的数据）"
                : $"{round.PreviousRoundId}（标签 {round.PreviousTag}）"),
        ];
        var blocks = new List<ChangeBlock> { Block(form, round.Township, "全乡合计（各村与乡本级之和）", null, everyColumn: true) };
        blocks.AddRange(round.Owners.Select(o => Block(form, o,
            o.Owner!.IsTownship ? $"{o.Owner.Name}（乡本级）" : o.Owner.Name, InternalUrls.Owner(o.Owner),
            everyColumn: false)));
        var provenance = $"数据来源：轮次 {round.Round.Id}，标签 {round.Tag.Name}（提交 {round.Tag.ShortCommit}）时的数据";
        NavItem[] links =
        [
            new($"{round.Round.Id} 现在的统计表", InternalUrls.Round(round.Round.Id)),
            new("历次截止", InternalUrls.ClosedRounds),
        ];
        return new ClosedRoundPage(header, provenance, round.Tag.Message, blocks,
            round.Corrections.Select(Item).ToList(), round.Warnings.Select(w => w.ToString()).ToList(), links);
    }

    private static ChangeBlock Block(
        FormDefinition form, OwnerChange change, string name, string? url, bool everyColumn)
    {
        var note = change.ReportedNow ? change.ReportedBefore ? "" : "上一轮未报送，增量无从计算"
            : "本轮截止时未报送";
        bool Shown(ColumnChange c) => everyColumn || (c.Before ?? 0) != 0 || (c.Now ?? 0) != 0;
        return new ChangeBlock(name, url, note,
            change.RunningTotals.Where(Shown).Select(c => Row(form, c, increment: true)).ToList(),
            change.Balances.Where(Shown).Select(c => Row(form, c, increment: false)).ToList(),
            change.NewClues.Select(Clue).ToList(),
            change.ClosedClues.Select(Clue).ToList());
    }

    private static ChangeRow Row(FormDefinition form, ColumnChange column, bool increment)
    {
        var money = form.Leaves.FirstOrDefault(l => l.Key == column.Key)?.Value == ValueKind.Money;
        string Show(decimal? v) => v is { } d ? money ? Money.Display(d) : Money.DisplayCount(d) : "—";
        var delta = increment && column.Increment is { } i
            ? (i > 0 ? "+" : "") + (money ? Money.Display(i) : Money.DisplayCount(i))
            : "";
        return new ChangeRow(column.Label, Show(column.Before), Show(column.Now), delta, column.Fell);
    }

    private static string Clue(Clue clue) =>
        $"{clue.Id} {clue.SubjectName}（发现于 {Dates.Format(clue.FoundOn)}" +
        (clue.ClosedOn is { } closed ? $"，结案于 {Dates.Format(closed)}）" : "）");

    private static CorrectionItem Item(Correction c) =>
        new(c.ShortCommit, Dates.FormatChinese(c.CommittedOn), c.Author, c.Reason ?? "（未注明更正理由）", c.Files);
}
