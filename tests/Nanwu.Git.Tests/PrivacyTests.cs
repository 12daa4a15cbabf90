using Nanwu.Git.Hooks;
using Nanwu.Git.Tests.Support;
using Nanwu.Loading;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;

namespace Nanwu.Git.Tests;

/// <summary>One data repository per village, brought into the township repository as submodules.</summary>
public sealed class PrivacyTests
{
    [Fact]
    public void The_office_clone_with_every_submodule_builds_from_every_village_with_Git_arrivals()
    {
        using var split = new SplitTownship("dongzhuang", "xizhuang");
        var office = split.CloneAll("office");

        var bag = new DiagnosticBag();
        var data = new DataLoader(office, ReadLimits.Default).Load(bag);
        var context = GitContext.Open(office)!;
        var arrivals = context.Arrivals();

        Assert.Equal(["dongzhuang", "xizhuang"], data.Villages.Select(v => v.Id).Order());
        Assert.Equal(2, data.WorkStats.Count);
        Assert.Empty(bag.Sorted());
        // The record arrived when the village's own main got it, not when the township moved the submodule.
        Assert.Equal(new DateOnly(2024, 12, 11), arrivals.Of("data/villages/xizhuang/work-stats/2024-12.yaml"));
    }

    [Fact]
    public void A_clerks_clone_holds_only_its_own_villages_records_and_checks_clean()
    {
        using var split = new SplitTownship("dongzhuang", "xizhuang");
        var clerk = split.CloneOne("clerk", "dongzhuang");

        var bag = new DiagnosticBag();
        var data = new DataLoader(clerk, ReadLimits.Default).Load(bag);

        Assert.Equal(["dongzhuang"], data.Villages.Select(v => v.Id));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(clerk, "data/villages/xizhuang")));
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void A_villages_own_repository_is_checked_against_the_township_repositorys_schemas_and_rounds()
    {
        using var split = new SplitTownship("dongzhuang");
        HookInstaller.Install(split.VillageServer("dongzhuang"), NanwuCli.Command,
            new HookConfig("main", "dongzhuang", "data/villages/dongzhuang", split.TownshipServer, null), force: false);
        var clone = Path.Combine(split.Root, "dong-clone");
        TestGit.Run(split.Root, "clone", "-q", split.VillageServer("dongzhuang"), clone);

        SplitTownship.Write(clone, "work-stats/2025-06.yaml",
            RecordText.WorkStats("dongzhuang", "西庄村", "2025-06-10")); // 填报单位 of another village: R015
        SplitTownship.CommitIn(clone, "东庄村报送 2025-06", "2025-06-10T10:00:00+08:00", "dongzhuang");
        var refused = TestGit.Run(clone, null, ["push", "origin", "main"], check: false);

        Assert.NotEqual(0, refused.Exit);
        Assert.Contains("data/villages/dongzhuang/work-stats/2025-06.yaml:2:7: 错误 R015", refused.Errors);

        SplitTownship.Write(clone, "work-stats/2025-06.yaml", RecordText.WorkStats("dongzhuang", "东庄村", "2025-06-10"));
        TestGit.Run(clone, TestGit.At("2025-06-11T10:00:00+08:00", "dongzhuang"),
            ["commit", "-q", "-a", "--amend", "--no-edit"]);
        Assert.Equal(0, TestGit.Run(clone, null, ["push", "origin", "main"], check: false).Exit);
    }

    [Fact]
    public void In_the_township_repository_a_village_may_move_only_its_own_submodule()
    {
        using var split = new SplitTownship("dongzhuang", "xizhuang");
        HookInstaller.Install(split.TownshipServer, NanwuCli.Command,
            new HookConfig("main", null, null, null, Path.Combine(split.Servers, "villages", "{id}.git")),
            force: false);
        var dong = split.Village("dongzhuang");
        SplitTownship.Write(dong, "work-stats/2025-06.yaml", RecordText.WorkStats("dongzhuang", "东庄村", "2025-06-10"));
        SplitTownship.CommitIn(dong, "东庄村报送 2025-06", "2025-06-10T10:00:00+08:00", "dongzhuang");
        TestGit.Run(dong, "push", "-q", split.VillageServer("dongzhuang"), "main");
        var clerk = split.CloneOne("clerk", "dongzhuang");
        var moved = TestGit.Run(dong, "rev-parse", "HEAD").Trim();
        var pusher = new Dictionary<string, string> { ["GITEA_PUSHER_NAME"] = "dongzhuang" };

        TestGit.Run(clerk, "update-index", "--cacheinfo", $"160000,{moved},data/villages/dongzhuang");
        TestGit.Run(clerk, TestGit.At("2025-06-10T11:00:00+08:00", "dongzhuang"), ["commit", "-q", "-m", "东庄村更新子模块"]);
        var own = TestGit.Run(clerk, pusher, ["push", "origin", "main"], check: false);
        TestGit.Run(clerk, "update-index", "--cacheinfo", $"160000,{moved},data/villages/xizhuang");
        TestGit.Run(clerk, TestGit.At("2025-06-10T12:00:00+08:00", "dongzhuang"), ["commit", "-q", "-m", "东庄村动了西庄村"]);
        var foreign = TestGit.Run(clerk, pusher, ["push", "origin", "main"], check: false);

        Assert.True(own.Exit == 0, own.Errors);
        Assert.NotEqual(0, foreign.Exit);
        Assert.Contains("data/villages/xizhuang:1:1: 错误 G007", foreign.Errors);
        Assert.Contains("错误 G001: 账号“dongzhuang”是东庄村的提交账号", foreign.Errors);
    }
}
