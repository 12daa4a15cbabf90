using Nanwu.Git.Rounds;
using Nanwu.Git.Tests.Support;

namespace Nanwu.Git.Tests;

public sealed class RoundCloseTests
{
    private static readonly DateOnly AsOf = new(2024, 12, 20);

    [Fact]
    public void Closing_is_refused_while_a_village_has_not_reported()
    {
        using var repo = FirstRound(withNanbao: false);

        var outcome = RoundCloser.Close(repo.Git, "2024-12", "HEAD", AsOf, null, null);

        Assert.False(outcome.Closed);
        Assert.Equal("还有 1 个村未报送本轮工作情况统计表：南堡村", Assert.Single(outcome.Refusals));
        Assert.Null(repo.Git.Resolve("refs/tags/round/2024-12"));
    }

    [Fact]
    public void Closing_is_refused_while_the_data_has_errors()
    {
        using var repo = FirstRound(withNanbao: true);
        repo.WorkStats("nanbao", "2024-12", "2024-12-12", ("风险线索.发现数量", 3)); // no clue: R011
        repo.Commit("南堡村填错", "2024-12-14T10:00:00+08:00", "nanbao");

        var outcome = RoundCloser.Close(repo.Git, "2024-12", "HEAD", AsOf, null, null);

        Assert.Equal("数据中还有 1 个错误（运行 nanwu check 查看）", Assert.Single(outcome.Refusals));
    }

    [Fact]
    public void A_forced_close_with_a_reason_makes_an_annotated_tag_whose_message_is_the_summary()
    {
        using var repo = FirstRound(withNanbao: false);
        var head = repo.Git.Resolve("HEAD")!;

        var outcome = RoundCloser.Close(repo.Git, "2024-12", "HEAD", AsOf, "南堡村书记外出，经领导小组同意先行截止", null);

        Assert.True(outcome.Closed);
        Assert.Equal("tag", TestGit.Run(repo.Root, "cat-file", "-t", "round/2024-12").Trim());
        Assert.Equal(head, repo.Git.Resolve("round/2024-12"));
        var message = TestGit.Run(repo.Root, "tag", "-l", "--format=%(contents)", "round/2024-12");
        Assert.StartsWith("南武乡 2024-12 轮工作情况统计表截止\n", message);
        Assert.Contains("统计截止 2024-11-30，报送期限 2024-12-15，数据截止日 2024-12-20\n", message);
        Assert.Contains($"提交 {head}\n", message);
        Assert.Contains("强制截止，理由：南堡村书记外出，经领导小组同意先行截止\n", message);
        Assert.Contains("  东庄村：按时报送 2024-12-12（进入主干）\n", message);
        Assert.Contains("  西庄村：逾期报送 2024-12-16（进入主干）\n", message);
        Assert.Contains("  南堡村：未报送\n", message);
        Assert.Contains("  行政处置.警示约谈：7\n", message); // 3 + 4
    }

    [Fact]
    public void When_every_village_has_reported_the_round_closes_without_force_and_only_once()
    {
        using var repo = FirstRound(withNanbao: true);

        Assert.True(RoundCloser.Close(repo.Git, "2024-12", "HEAD", AsOf, null, null).Closed);
        var again = RoundCloser.Close(repo.Git, "2024-12", "HEAD", AsOf, null, null);
        Assert.Contains("已经截止", Assert.Single(again.Refusals));
    }

    [Fact]
    public void The_command_line_refuses_then_closes_with_force_and_reason()
    {
        using var repo = FirstRound(withNanbao: false);

        var refused = NanwuCli.Run(repo.Root, null, "round", "close", "2024-12", "--as-of", "2024-12-20");
        var forced = NanwuCli.Run(repo.Root, null, "round", "close", "2024-12", "--as-of", "2024-12-20",
            "--force", "--reason", "先行截止");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("南堡村", refused.Errors);
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("强制截止，理由：先行截止", forced.Output);
        Assert.NotNull(repo.Git.Resolve("refs/tags/round/2024-12"));
    }

    private static TownshipRepo FirstRound(bool withNanbao)
    {
        var repo = new TownshipRepo();
        repo.Commit("建立仓库", "2024-07-01T09:00:00+08:00");
        repo.WorkStats("dongzhuang", "2024-12", "2024-12-10", ("行政处置.警示约谈", 3));
        repo.Commit("东庄村报送", "2024-12-12T10:00:00+08:00", "dongzhuang");
        repo.WorkStats("xizhuang", "2024-12", "2024-12-15", ("行政处置.警示约谈", 4));
        repo.Commit("西庄村报送", "2024-12-16T10:00:00+08:00", "xizhuang");
        if (withNanbao)
        {
            repo.WorkStats("nanbao", "2024-12", "2024-12-13");
            repo.Commit("南堡村报送", "2024-12-13T10:00:00+08:00", "nanbao");
        }

        return repo;
    }
}
