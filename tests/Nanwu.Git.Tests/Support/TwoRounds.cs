namespace Nanwu.Git.Tests.Support;

/// <summary>
/// Two reported rounds, each closed with its tag, values chosen so the increments can be worked
/// out by hand (see HistoryTests), then a correction after the second tag.
/// </summary>
public static class TwoRounds
{
    public const string FirstTagCommitDate = "2024-12-20T10:00:00+08:00";

    public static TownshipRepo Create(bool correctAfterwards = true)
    {
        var repo = new TownshipRepo();
        repo.Commit("建立仓库", "2024-07-01T09:00:00+08:00");
        repo.Clue("dongzhuang", "2024-001", "文水县甲商贸有限公司", "2024-08-01");
        repo.WorkStats("dongzhuang", "2024-12", "2024-12-10", ("风险线索.发现数量", 1), ("行政处置.警示约谈", 3),
            ("行政处置.立案", 1), ("行政处置.罚款", 0.5m), ("刑事打击.新发案件.未兑付金额", 86.2m));
        repo.WorkStats("xizhuang", "2024-12", "2024-12-11", ("行政处置.警示约谈", 4));
        repo.WorkStats("nanbao", "2024-12", "2024-12-12");
        repo.Commit("2024-12 轮各村报送", "2024-12-12T10:00:00+08:00");
        Close(repo, "2024-12", FirstTagCommitDate);

        repo.Clue("dongzhuang", "2024-001", "文水县甲商贸有限公司", "2024-08-01", closedOn: "2025-03-01");
        repo.Clue("dongzhuang", "2025-001", "文水县乙农业合作社", "2025-02-10");
        repo.WorkStats("dongzhuang", "2025-06", "2025-06-10", ("风险线索.发现数量", 2), ("行政处置.警示约谈", 7),
            ("行政处置.立案", 2), ("行政处置.罚款", 1.25m), ("刑事打击.新发案件.未兑付金额", 50));
        repo.WorkStats("xizhuang", "2025-06", "2025-06-11", ("行政处置.警示约谈", 3));
        repo.WorkStats("nanbao", "2025-06", "2025-06-12", ("行政处置.警示约谈", 2));
        repo.Commit("2025-06 轮各村报送", "2025-06-12T10:00:00+08:00");
        Close(repo, "2025-06", "2025-06-20T10:00:00+08:00");

        if (correctAfterwards)
        {
            repo.WorkStats("dongzhuang", "2025-06", "2025-06-10", ("风险线索.发现数量", 2), ("行政处置.警示约谈", 8),
                ("行政处置.立案", 2), ("行政处置.罚款", 1.25m), ("刑事打击.新发案件.未兑付金额", 50));
            repo.Commit("东庄村更正 2025-06\n\n更正: 漏报一次警示约谈", "2025-06-25T10:00:00+08:00", "dongzhuang");
        }

        return repo;
    }

    /// <summary>Tags the round at HEAD as the office does, with the tagger date fixed.</summary>
    private static void Close(TownshipRepo repo, string round, string instant)
    {
        repo.Commit($"{round} 轮截止前", instant);
        TestGit.Run(repo.Root, TestGit.At(instant), ["tag", "-a", "-m", $"{round} 轮截止", $"round/{round}"]);
    }
}
