using Nanwu.Git.Tests.Support;
using Nanwu.Git.Trees;
using Nanwu.Loading;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;

namespace Nanwu.Git.Tests;

/// <summary>
/// The privacy design on a real gitolite over SSH: the township repository, which every village may
/// read and write (Nanwu's hook limits what a village may change), and one data repository per
/// village that only that village and the office can reach.
/// </summary>
public sealed class GitoliteTests
{
    private const string Conf = """
        repo gitolite-admin
            RW+     =   admin
        repo nanwu
            RW+     =   office
            RW      =   dongzhuang xizhuang
        repo villages/dongzhuang
            RW+     =   office
            RW      =   dongzhuang
        repo villages/xizhuang
            RW+     =   office
            RW      =   xizhuang

        """;

    [Fact]
    public void Gitolite_names_the_pusher_and_keeps_villages_apart_while_the_office_sees_every_village()
    {
        using var temp = new TempFolder("gitolite");
        using var server = new GitoliteServer(temp.Path, ["office", "dongzhuang", "xizhuang"], Conf);
        using var split = new SplitTownship("dongzhuang", "xizhuang");
        try
        {
            Publish(server, split);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException(e.Message + "\nsshd:\n" + server.SshdLog, e);
        }

        // dongzhuang reads the township repository and its own data, and is refused the other village's.
        var clerk = Path.Combine(temp.Path, "clerk");
        TestGit.Run(temp.Path, server.As("dongzhuang"), ["clone", "-q", "gl:nanwu", clerk]);
        var dong = server.As("dongzhuang");
        TestGit.Run(clerk, dong, ["submodule", "update", "-q", "--init", "data/villages/dongzhuang"]);
        var peek = TestGit.Run(temp.Path, dong, ["clone", "-q", "gl:villages/xizhuang", "peek"], check: false);
        var peekThroughTownship = TestGit.Run(clerk, server.As("dongzhuang"),
            ["submodule", "update", "-q", "--init", "data/villages/xizhuang"], check: false);

        Assert.NotEqual(0, peek.Exit);
        Assert.Contains("R any villages/xizhuang dongzhuang DENIED", peek.Errors);
        Assert.NotEqual(0, peekThroughTownship.Exit);
        Assert.True(File.Exists(Path.Combine(clerk, "data/villages/dongzhuang/work-stats/2024-12.yaml")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(clerk, "data/villages/xizhuang")));

        // gitolite lets dongzhuang write to the township repository; Nanwu's hook refuses a shared file,
        // naming the account gitolite itself gave (GL_USER).
        File.AppendAllText(Path.Combine(clerk, "data/rounds.yaml"), "# 东庄村改了全乡共用的文件\n");
        TestGit.Run(clerk, TestGit.At("2025-01-05T10:00:00+08:00", "dongzhuang"), ["commit", "-q", "-am", "改共用文件"]);
        var refused = TestGit.Run(clerk, server.As("dongzhuang"), ["push", "origin", "main"], check: false);

        Assert.NotEqual(0, refused.Exit);
        Assert.Contains("remote: 推送账号：dongzhuang（由 GL_USER 识别）", refused.Errors);
        Assert.Contains("remote:   data/rounds.yaml:1:1: 错误 G001: 账号“dongzhuang”是东庄村的提交账号，" +
            "只能改动 data/villages/dongzhuang/ 下的文件", refused.Errors);

        // The office's clone brings every village in, and the build sees them all.
        var office = Path.Combine(temp.Path, "office");
        TestGit.Run(temp.Path, server.As("office"), ["clone", "-q", "--recurse-submodules", "gl:nanwu", office]);
        var bag = new DiagnosticBag();
        var data = new DataLoader(office, ReadLimits.Default).Load(bag);
        Assert.Equal(["dongzhuang", "xizhuang"], data.Villages.Select(v => v.Id).Order());
        Assert.Equal(["dongzhuang", "xizhuang"], data.WorkStats.Select(r => r.Owner.Id).Order());
        Assert.Empty(bag.Sorted());
    }

    /// <summary>The office publishes each village's repository, installs the hook, then the township's.</summary>
    private static void Publish(GitoliteServer server, SplitTownship split)
    {
        foreach (var id in new[] { "dongzhuang", "xizhuang" })
        {
            TestGit.Run(split.Village(id), server.As("office"), ["push", "-q", $"gl:villages/{id}", "main"]);
        }

        server.AsGitolite(server.Checker[0], server.Checker[1], "hook", "install", server.RepositoryPath("nanwu"),
            "--village-repos", Path.Combine(server.Home, "repositories", "villages", "{id}.git"));
        var published = TestGit.Run(split.TownshipWork, server.As("office"), ["push", "gl:nanwu", "main"],
            check: false);
        Assert.True(published.Exit == 0, published.Errors);
        Assert.Contains("remote: 推送账号：office（由 GL_USER 识别）", published.Errors);
    }
}
