using Nanwu.Git.Ci;
using Nanwu.Git.Tests.Support;

namespace Nanwu.Git.Tests;

public sealed class ClosedRoundTests
{
    private static readonly DateOnly AsOf = new(2025, 7, 1);

    [Fact]
    public void A_later_change_to_a_tagged_rounds_file_without_a_reason_is_flagged()
    {
        using var repo = TwoRounds.Create(correctAfterwards: false);
        TestGit.Run(repo.Root, "checkout", "-q", "-b", "pr");
        repo.WorkStats("xizhuang", "2024-12", "2024-12-11", ("行政处置.警示约谈", 5));
        repo.Commit("西庄村改旧表", "2025-06-26T10:00:00+08:00", "xizhuang");

        var result = ChangedCheck.Run(repo.Root, "main", AsOf, "xizhuang", out _)!;

        var flagged = Assert.Single(result.Diagnostics, d => d.Code.Id == "G002");
        Assert.Equal("data/villages/xizhuang/work-stats/2024-12.yaml", flagged.Span.Path);
        Assert.StartsWith("轮次 2024-12 已截止（标签 round/2024-12），提交 ", flagged.Message);
    }

    [Fact]
    public void A_monthly_report_of_a_tagged_round_is_guarded_too_but_an_open_rounds_file_is_not()
    {
        using var repo = TwoRounds.Create(correctAfterwards: false);
        TestGit.Run(repo.Root, "checkout", "-q", "-b", "pr");
        repo.Monthly("xizhuang", "2024-09", "2024-10-10"); // month of round 2024-12
        repo.Monthly("xizhuang", "2025-06", "2025-06-26"); // month of round 2025-12, which is open
        repo.Commit("西庄村补月报", "2025-06-26T10:00:00+08:00", "xizhuang");

        var result = ChangedCheck.Run(repo.Root, "main", AsOf, "xizhuang", out _)!;

        Assert.Equal(["data/villages/xizhuang/monthly/2024-09.yaml"],
            result.Diagnostics.Where(d => d.Code.Id == "G002").Select(d => d.Span.Path));
    }

    [Fact]
    public void A_commit_that_says_why_with_a_correction_line_passes()
    {
        using var repo = TwoRounds.Create(correctAfterwards: false);
        TestGit.Run(repo.Root, "checkout", "-q", "-b", "pr");
        repo.WorkStats("xizhuang", "2024-12", "2024-12-11", ("行政处置.警示约谈", 5));
        repo.Commit("西庄村更正旧表\n\n更正：警示约谈少报一次", "2025-06-26T10:00:00+08:00", "xizhuang");

        var result = ChangedCheck.Run(repo.Root, "main", AsOf, "xizhuang", out _)!;

        Assert.DoesNotContain(result.Diagnostics, d => d.Code.Id == "G002");
    }
}
