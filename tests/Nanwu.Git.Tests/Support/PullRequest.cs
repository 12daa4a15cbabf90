namespace Nanwu.Git.Tests.Support;

/// <summary>A township repository with every village's 2024-12 report on main, and a pull request branch.</summary>
public static class PullRequest
{
    public static TownshipRepo WithMain()
    {
        var repo = new TownshipRepo();
        repo.WorkStats("dongzhuang", "2024-12", "2024-12-10", ("行政处置.警示约谈", 3));
        repo.WorkStats("xizhuang", "2024-12", "2024-12-11", ("行政处置.警示约谈", 4));
        // A problem already on main that no pull request below touches: 发现数量 1, but no clue.
        repo.WorkStats("nanbao", "2024-12", "2024-12-12", ("风险线索.发现数量", 1));
        repo.Commit("2024-12 轮各村报送", "2024-12-13T10:00:00+08:00");
        TestGit.Run(repo.Root, "checkout", "-q", "-b", "pr");
        return repo;
    }
}
