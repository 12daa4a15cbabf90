namespace Nanwu.Aggregation.Tests;

public sealed class StatusTests
{
    private static readonly DateOnly Due = new(2025, 6, 15);

    [Theory]
    [InlineData("2025-06-15", "2025-07-20", ReportStatus.OnTime)]
    [InlineData("2025-06-16", "2025-07-20", ReportStatus.Late)]
    [InlineData(null, "2025-06-16", ReportStatus.Missing)]
    [InlineData(null, "2025-06-15", ReportStatus.NotDue)]
    public void Status_is_judged_against_the_due_date_and_the_as_of_date(string? reported, string asOf, ReportStatus expected)
    {
        DateOnly? on = reported is null ? null : DateOnly.Parse(reported);

        Assert.Equal(expected, ReportStatuses.Classify(on, Due, DateOnly.Parse(asOf)));
    }

    [Fact]
    public void Round_2025_06_has_one_village_missing_and_one_late()
    {
        var round = SampleData.Summary.Rounds.Single(r => r.Round.Id == "2025-06");

        Assert.Equal(ReportStatus.Missing, round.Rows.Single(r => r.Owner.Id == "xintian").Status);
        Assert.Equal(ReportStatus.Late, round.Rows.Single(r => r.Owner.Id == "shiqiao").Status);
        Assert.Equal(10, round.Count(ReportStatus.OnTime));
    }

    [Fact]
    public void Round_2025_12_is_not_due_at_the_sample_as_of_date()
    {
        var round = SampleData.Summary.Rounds.Single(r => r.Round.Id == "2025-12");

        Assert.All(round.Rows, r => Assert.Equal(ReportStatus.NotDue, r.Status));
    }

    [Fact]
    public void Monthly_status_covers_every_ended_month_from_the_campaign_start()
    {
        var months = SampleData.Summary.Months.Select(m => m.Month).ToList();

        // Campaign start 2024-07; as of 2025-07-20 the last ended month is 2025-06.
        Assert.Equal("2024-07", months[0]);
        Assert.Equal("2025-06", months[^1]);
        Assert.Equal(12, months.Count);
        Assert.Equal(new DateOnly(2025, 7, 15), SampleData.Summary.Months[^1].Due);
    }
}
