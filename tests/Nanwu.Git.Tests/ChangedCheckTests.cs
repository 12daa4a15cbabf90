using Nanwu.Git.Ci;
using Nanwu.Git.Tests.Support;

namespace Nanwu.Git.Tests;

public sealed class ChangedCheckTests
{
    private static readonly DateOnly AsOf = new(2025, 1, 10);

    [Fact]
    public void A_village_account_touching_another_village_and_shared_files_is_refused_with_the_files_named()
    {
        using var repo = PullRequest.WithMain();
        repo.WorkStats("xizhuang", "2024-12", "2024-12-11", ("行政处置.警示约谈", 9));
        repo.Write("data/rounds.yaml", File.ReadAllText(Path.Combine(repo.Root, "data/rounds.yaml")) + "# 改一下\n");
        repo.WorkStats("dongzhuang", "2024-12", "2024-12-10", ("行政处置.警示约谈", 5));
        repo.Commit("东庄村改了别人的文件", "2025-01-05T10:00:00+08:00", "dongzhuang");

        var result = Run(repo, "dongzhuang");

        var foreign = result.Diagnostics.Where(d => d.Code.Id == "G001").ToList();
        Assert.Equal(["data/rounds.yaml", "data/villages/xizhuang/work-stats/2024-12.yaml"],
            foreign.Select(d => d.Span.Path));
        Assert.All(foreign, d =>
            Assert.Contains("账号“dongzhuang”是东庄村的提交账号，只能改动 data/villages/dongzhuang/ 下的文件", d.Message));
        Assert.True(result.Errors >= 2);
    }

    [Fact]
    public void The_same_change_from_the_village_itself_or_the_office_passes()
    {
        using var repo = PullRequest.WithMain();
        repo.WorkStats("dongzhuang", "2024-12", "2024-12-10", ("行政处置.警示约谈", 5));
        repo.Commit("东庄村更新", "2025-01-05T10:00:00+08:00", "dongzhuang");

        Assert.Empty(Run(repo, "dongzhuang").Diagnostics);
        Assert.Empty(Run(repo, "office").Diagnostics);
        Assert.Equal("G004", Assert.Single(Run(repo, "stranger").Diagnostics).Code.Id);
    }

    [Fact]
    public void A_new_clue_reaches_its_owners_work_statistics_but_not_other_villages_problems()
    {
        using var repo = PullRequest.WithMain();
        repo.Clue("dongzhuang", "2024-001", "文水县某某商贸有限公司", "2024-08-01");
        repo.Commit("东庄村新增线索", "2025-01-05T10:00:00+08:00", "dongzhuang");

        var result = Run(repo, "dongzhuang");

        // 发现数量 0 against one clue found in the period: R011 on 东庄村's table, which the PR did not edit.
        var mismatch = Assert.Single(result.Diagnostics);
        Assert.Equal(("R011", "data/villages/dongzhuang/work-stats/2024-12.yaml"),
            (mismatch.Code.Id, mismatch.Span.Path));
        Assert.Equal(["东庄村"], result.OwnerNames);
    }

    [Fact]
    public void The_summary_names_the_village_the_round_the_changed_totals_and_every_diagnostic()
    {
        using var repo = PullRequest.WithMain();
        repo.WorkStats("dongzhuang", "2024-12", "2024-12-10", ("行政处置.警示约谈", 5));
        repo.Write("data/villages/xizhuang/clues/bad.yaml", "名称: [\n");
        repo.Commit("东庄村更新，顺手放了个坏文件", "2025-01-05T10:00:00+08:00", "dongzhuang");

        var markdown = ChangeSummary.Markdown(Run(repo, "dongzhuang"));

        Assert.Contains("## 南武乡数据检查：未通过", markdown);
        Assert.Contains("- 涉及：东庄村、西庄村", markdown);
        Assert.Contains("- 轮次：2024-12", markdown);
        // 警示约谈 3 → 5 for 东庄村; the township total was 3 + 4 + 0 = 7 and is now 9.
        Assert.Contains("| 东庄村 | 行政处置.警示约谈 | 3 | 5 | +2 |", markdown);
        Assert.Contains("| 全乡合计 | 行政处置.警示约谈 | 7 | 9 | +2 |", markdown);
        Assert.Contains("`data/villages/xizhuang/clues/bad.yaml`（新增）", markdown);
        Assert.Contains("**G001** `data/villages/xizhuang/clues/bad.yaml:1:1`", markdown);
        Assert.Contains("**Y001** `data/villages/xizhuang/clues/bad.yaml:", markdown);
        Assert.DoesNotContain("nanbao", markdown);
    }

    private static ChangedCheckResult Run(TownshipRepo repo, string account) =>
        ChangedCheck.Run(repo.Root, "main", AsOf, account, out _)!;
}
