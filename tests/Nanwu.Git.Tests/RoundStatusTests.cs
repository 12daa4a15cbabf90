using Nanwu.Aggregation;
using Nanwu.Git.Rounds;
using Nanwu.Git.Tests.Support;

namespace Nanwu.Git.Tests;

public sealed class RoundStatusTests
{
    private static readonly DateOnly AsOf = new(2025, 7, 20);

    [Fact]
    public void Villages_are_on_time_late_or_missing_by_their_first_arrival_on_main()
    {
        using var repo = new TownshipRepo(trustedFrom: "2024-07-01");
        repo.Commit("建立仓库", "2024-07-01T09:00:00+08:00");
        repo.WorkStats("dongzhuang", "2025-06", "2025-06-10");
        repo.Commit("东庄村报送", "2025-06-12T10:00:00+08:00", "dongzhuang");
        repo.WorkStats("xizhuang", "2025-06", "2025-06-14");
        repo.Commit("西庄村报送", "2025-06-20T09:00:00+08:00", "xizhuang");

        var report = Status(repo, "2025-06");

        var dong = Row(report, "dongzhuang");
        Assert.Equal(ReportStatus.OnTime, dong.Status);
        Assert.Equal((DecidedBy.Git, new DateOnly(2025, 6, 12)), (dong.Decision!.By, dong.Decision.DecidedOn!.Value));
        var xi = Row(report, "xizhuang");
        Assert.Equal(ReportStatus.Late, xi.Status);
        Assert.Equal(new DateOnly(2025, 6, 20), xi.Decision!.DecidedOn);
        Assert.Equal(ReportStatus.Missing, Row(report, "nanbao").Status);
        Assert.Equal(["南堡村"], report.Missing.Select(o => o.Name));
        Assert.Equal(["西庄村"], report.Late.Select(o => o.Name));

        // 填报时间 2025-06-14 says on time, the arrival 2025-06-20 says late: a warning at 填报时间.
        var warning = Assert.Single(report.Warnings);
        Assert.Equal("G003", warning.Code.Id);
        Assert.Equal("data/villages/xizhuang/work-stats/2025-06.yaml", warning.Span.Path);
        Assert.Contains("2025-06-14", warning.Message);
        Assert.Contains("2025-06-20", warning.Message);
    }

    [Theory]
    [InlineData("2025-06-15T15:59:00+00:00", ReportStatus.OnTime)] // 23:59 on the 15th in Beijing
    [InlineData("2025-06-15T16:01:00+00:00", ReportStatus.Late)] // 00:01 on the 16th in Beijing
    [InlineData("2025-06-15T20:00:00-04:00", ReportStatus.Late)] // 08:00 on the 16th in Beijing
    public void The_arrival_date_is_the_calendar_date_in_China(string instant, ReportStatus expected)
    {
        using var repo = new TownshipRepo();
        repo.Commit("建立仓库", "2024-07-01T09:00:00+08:00");
        repo.WorkStats("nanbao", "2025-06", "2025-06-15");
        repo.Commit("南堡村报送", instant, "nanbao");

        Assert.Equal(expected, Row(Status(repo, "2025-06"), "nanbao").Status);
    }

    [Fact]
    public void Before_the_trusted_date_the_reported_date_decides_and_nothing_disagrees()
    {
        using var repo = new TownshipRepo(trustedFrom: "2025-07-01");
        repo.WorkStats("xizhuang", "2025-06", "2025-06-14");
        repo.Commit("导入旧数据", "2025-06-20T09:00:00+08:00");

        var report = Status(repo, "2025-06");

        var xi = Row(report, "xizhuang");
        Assert.Equal((ReportStatus.OnTime, DecidedBy.ReportedOn), (xi.Status, xi.Decision!.By));
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Monthly_reports_of_the_round_are_listed_and_the_reminder_names_late_and_missing_villages()
    {
        using var repo = new TownshipRepo();
        repo.Commit("建立仓库", "2024-07-01T09:00:00+08:00");
        foreach (var month in new[] { "2024-12", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05" })
        {
            var reported = DateOnly.Parse(month + "-01").AddMonths(1).AddDays(4); // the 5th of the next month
            repo.Monthly("dongzhuang", month, reported.ToString("yyyy-MM-dd"));
        }

        repo.WorkStats("dongzhuang", "2025-06", "2025-06-10");
        repo.Commit("东庄村报送", "2025-06-12T10:00:00+08:00", "dongzhuang");
        repo.Monthly("xizhuang", "2025-05", "2025-06-10");
        repo.WorkStats("xizhuang", "2025-06", "2025-06-18");
        repo.Commit("西庄村报送", "2025-06-18T10:00:00+08:00", "xizhuang");

        var report = Status(repo, "2025-06");

        // The round's months run from after the 2024-12 round's cut-off (2024-11-30) to 2025-05.
        Assert.Equal(["2024-12", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05"],
            report.Months.Select(m => m.Month));
        var may = report.Months.Single(m => m.Month == "2025-05");
        Assert.Equal(ReportStatus.Late, may.Rows.Single(r => r.Owner.Id == "xizhuang").Status); // arrived 06-18 > 06-15
        var missing = report.MissingMonths.ToDictionary(x => x.Owner.Id, x => x.Months);
        Assert.Equal(["nanbao", "xizhuang"], missing.Keys.Order());
        Assert.Equal(["2024-12", "2025-01", "2025-02", "2025-03", "2025-04"], missing["xizhuang"]);

        var reminder = RoundStatusText.Reminder(report);
        Assert.StartsWith("【南武乡经济发展办提醒】2025-06 轮工作情况统计表（统计截止 2025年5月31日）的报送期限是 2025年6月15日。" +
            "截至 2025年7月20日：尚未报送的有 南堡村；逾期报送的有 西庄村；月报未报送的有 ", reminder);
        Assert.Contains("西庄村（2024-12、2025-01、2025-02、2025-03、2025-04）", reminder);
        Assert.Contains("0358-5550100", reminder);
    }

    [Fact]
    public void The_command_line_lists_every_village_with_the_deciding_date_and_prints_the_reminder()
    {
        using var repo = new TownshipRepo();
        repo.Commit("建立仓库", "2024-07-01T09:00:00+08:00");
        repo.WorkStats("dongzhuang", "2025-06", "2025-06-10");
        repo.Commit("东庄村报送", "2025-06-12T10:00:00+08:00", "dongzhuang");

        var run = NanwuCli.Run(repo.Root, null, "round", "status", "2025-06", "--as-of", "2025-07-20");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  东庄村  按时报送  2025-06-12 进入主干\n", run.Output);
        Assert.Contains("  南堡村  未报送\n", run.Output);
        Assert.Contains("月报 2025-05（报送期限 2025-06-15）：按时 0；逾期 0；未报送 3：东庄村、南堡村、西庄村\n", run.Output);
        Assert.Contains("【南武乡经济发展办提醒】", run.Output);
    }

    private static RoundStatusReport Status(TownshipRepo repo, string round) =>
        RoundStatusBuilder.Build(repo.Load(), round, AsOf, ArrivalReader.Read(repo.Git, "HEAD", null))!;

    private static OwnerRow Row(RoundStatusReport report, string id) => report.Villages.Single(r => r.Owner.Id == id);
}
