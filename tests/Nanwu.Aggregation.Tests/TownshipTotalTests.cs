namespace Nanwu.Aggregation.Tests;

/// <summary>
/// Township totals of round 2024-12 against sums worked out by hand from the twelve village
/// files and the township's own file (values read off data/**/work-stats/2024-12.yaml).
/// </summary>
public sealed class TownshipTotalTests
{
    private static RoundSummary Round(string id) => SampleData.Summary.Rounds.Single(r => r.Round.Id == id);

    [Fact]
    public void Warning_talks_add_up_over_villages_and_the_township()
    {
        // 1+4+0+5+5+6+7+4+2+4+2+3 = 43 for the villages, + 3 for the township itself.
        Assert.Equal(46m, Round("2024-12").Total["行政处置.警示约谈"]);
    }

    [Fact]
    public void Unpaid_balances_of_new_cases_add_up_exactly()
    {
        // 168.4+98.55+80.15+126.5+20.5+41.2 = 535.3 for the villages, + 398.25 for the township.
        Assert.Equal(933.55m, Round("2024-12").Total["刑事打击.新发案件.未兑付金额"]);
    }

    [Fact]
    public void Online_clicks_add_up()
    {
        // 1661+833+542+1114+832+1969+1666+1371+1414+1127+2013+989 = 15531, + 4122.
        Assert.Equal(19653m, Round("2024-12").Total["宣传教育.线上宣传点击量"]);
    }

    [Fact]
    public void Clues_found_add_up()
    {
        // 1+3+0+2+2+2+2+2+1+1+1+0 = 17, + 1.
        Assert.Equal(18m, Round("2024-12").Total["风险线索.发现数量"]);
    }

    [Fact]
    public void A_missing_village_adds_nothing_and_the_rest_still_add_up()
    {
        var round = Round("2025-06");
        var byHand = round.Rows.Where(r => r.Report is not null).Sum(r => r.Report!["宣传教育.宣传覆盖人数"]);

        Assert.Null(round.Rows.Single(r => r.Owner.Id == "xintian").Report);
        Assert.Equal(byHand, round.Total["宣传教育.宣传覆盖人数"]);
    }
}
