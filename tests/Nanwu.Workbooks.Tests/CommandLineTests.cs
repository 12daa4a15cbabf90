using static Nanwu.Workbooks.Tests.Importing;

namespace Nanwu.Workbooks.Tests;

/// <summary><c>nanwu import</c> as a clerk runs it.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Import_lists_each_unreadable_cell_exits_one_and_writes_nothing()
    {
        using var repo = new TempRepo();
        var before = TempRepo.Snapshot(repo.File("data"));
        var workbook = repo.Put("dongzhuang-2025-06.xlsx", Dongzhuang(e => e.Text(Form2, "G13", "五千")));

        var run = NanwuProcess.Run("import", workbook, "--village", "dongzhuang", "--round", "2025-06",
            "--repo", repo.Path, "--as-of", "2025-07-20");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("dongzhuang-2025-06.xlsx!工作情况统计表!G13: 错误 X005: 行政处置.罚款: “五千”不是数字；请只填阿拉伯数字，如 12 或 0.5\n",
            run.Output);
        Assert.Contains("有错误，没有写入任何文件", run.Errors);
        Assert.Equal(before, TempRepo.Snapshot(repo.File("data")));
    }

    [Fact]
    public void Import_of_a_sound_workbook_says_what_became_of_each_file()
    {
        using var repo = new TempRepo();
        var workbook = repo.Put("beixin-2025-06.xlsx", SampleData.Workbook("beixin", "2025-06"));

        var run = NanwuProcess.Run("import", workbook, "--village", "beixin", "--round", "2025-06",
            "--repo", repo.Path, "--as-of", "2025-07-20");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  未变：data/villages/beixin/work-stats/2025-06.yaml", run.Errors);
        Assert.Contains("记录文件：新建 0 个，改动 0 个，未变 4 个", run.Errors);
    }

    [Fact]
    public void An_unknown_village_or_round_is_a_usage_error()
    {
        var village = NanwuProcess.Run("import", "x.xlsx", "--village", "nowhere", "--round", "2025-06",
            "--as-of", "2025-07-20");
        var round = NanwuProcess.Run("import", "x.xlsx", "--village", "dongzhuang", "--round", "2025-09",
            "--as-of", "2025-07-20");

        Assert.Equal(2, village.ExitCode);
        Assert.Contains("没有村“nowhere”", village.Errors);
        Assert.Equal(2, round.ExitCode);
        Assert.Contains("rounds.yaml 中没有轮次“2025-09”；可选：2024-12、2025-06、2025-12", round.Errors);
    }
}
