using Nanwu.Aggregation.History;
using Nanwu.Git.Tests.Support;

namespace Nanwu.Git.Tests;

/// <summary>
/// The values of <see cref="TwoRounds"/>, by hand. 2024-12: 东庄村 警示约谈 3, 立案 1, 罚款 0.5,
/// 新发案件 未兑付金额 86.2, 发现数量 1; 西庄村 警示约谈 4; 南堡村 all 0. 2025-06 as tagged: 东庄村 7, 2,
/// 1.25, 50, 2; 西庄村 3 (a fall of 1); 南堡村 警示约谈 2. Afterwards 东庄村 corrects 警示约谈 to 8.
/// </summary>
public sealed class HistoryTests(TwoRoundsFixture fixture) : IClassFixture<TwoRoundsFixture>
{
    [Fact]
    public void Each_closed_round_is_compared_with_the_previous_rounds_tagged_data()
    {
        var rounds = fixture.History;

        Assert.Equal(["2024-12", "2025-06"], rounds.Select(r => r.Round.Id));
        var june = rounds[1];
        Assert.Equal(("2024-12", "round/2024-12"), (june.PreviousRoundId, june.PreviousTag));
        var dong = Owner(june, "dongzhuang");
        Assert.Equal((3m, 7m, 4m), Change(dong, "行政处置.警示约谈")); // as tagged: the correction to 8 came later
        Assert.Equal((1m, 2m, 1m), Change(dong, "行政处置.立案"));
        Assert.Equal((0.5m, 1.25m, 0.75m), Change(dong, "行政处置.罚款"));
        Assert.Equal((1m, 2m, 1m), Change(dong, "风险线索.发现数量"));
        var unpaid = dong.Balances.Single(c => c.Key == "刑事打击.新发案件.未兑付金额");
        Assert.Equal((86.2m, 50m), (unpaid.Before!.Value, unpaid.Now!.Value));
        Assert.Equal(["2025-001"], dong.NewClues.Select(c => c.Id));
        Assert.Equal(["2024-001"], dong.ClosedClues.Select(c => c.Id));
        Assert.Equal((0m, 2m, 2m), Change(Owner(june, "nanbao"), "行政处置.警示约谈"));
        Assert.Equal((7m, 12m, 5m), Change(june.Township, "行政处置.警示约谈")); // 3+4+0 → 7+3+2
        Assert.Equal((0.5m, 1.25m, 0.75m), Change(june.Township, "行政处置.罚款"));
    }

    [Fact]
    public void A_running_total_that_fell_is_a_warning_with_both_values()
    {
        var june = fixture.History[1];

        Assert.Equal((4m, 3m, -1m), Change(Owner(june, "xizhuang"), "行政处置.警示约谈"));
        var warning = Assert.Single(june.Warnings);
        // Line 10: schema line, four header lines, 风险线索, 发现数量, 行政处置, 举报奖励, then 警示约谈.
        Assert.Equal("data/villages/xizhuang/work-stats/2025-06.yaml:10:9: 警告 R013: 行政处置.警示约谈: " +
            "累计数从上一轮（2024-12）的 4 降到 3；累计数自专项行动开始只增不减，请核对两轮的数据", warning.ToString());
    }

    [Fact]
    public void The_first_round_starts_from_zero_and_knows_every_clue_as_new()
    {
        var december = fixture.History[0];

        Assert.Null(december.PreviousRoundId);
        Assert.Equal((0m, 3m, 3m), Change(Owner(december, "dongzhuang"), "行政处置.警示约谈"));
        Assert.Equal(["2024-001"], Owner(december, "dongzhuang").NewClues.Select(c => c.Id));
        Assert.Empty(december.Corrections);
    }

    [Fact]
    public void Corrections_after_the_tag_are_listed_with_their_reason()
    {
        var correction = Assert.Single(fixture.History[1].Corrections);

        Assert.Equal("漏报一次警示约谈", correction.Reason);
        Assert.Equal("dongzhuang", correction.Author);
        Assert.Equal(new DateOnly(2025, 6, 25), correction.CommittedOn);
        Assert.Equal(["data/villages/dongzhuang/work-stats/2025-06.yaml"], correction.Files);
    }

    private static OwnerChange Owner(ClosedRound round, string id) => round.Owners.Single(o => o.Owner!.Id == id);

    private static (decimal Before, decimal Now, decimal Increment) Change(OwnerChange owner, string key)
    {
        var column = owner.RunningTotals.Single(c => c.Key == key);
        return (column.Before!.Value, column.Now!.Value, column.Increment!.Value);
    }
}
