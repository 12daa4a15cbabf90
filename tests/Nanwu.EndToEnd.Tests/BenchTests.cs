namespace Nanwu.EndToEnd.Tests;

/// <summary>
/// <c>nanwu bench</c> on the smallest preset: every part of the results file is written, the
/// one-file rebuild equals a fresh build, and sections of other presets are kept. No timings
/// are asserted (speed is the benchmark's business, not a test's).
/// </summary>
public sealed class BenchTests
{
    private const string KeptCounty = "## county：一个县，15 个乡镇 × 20 个村\n\n- 测量日期：上一次\n";

    [Fact]
    public void The_township_benchmark_writes_every_section_and_keeps_the_others()
    {
        using var temp = new TempFolder();
        var results = Path.Combine(temp.Path, "results.md");
        File.WriteAllText(results, "# 基准测试结果\n\n" + KeptCounty);
        var work = Path.Combine(temp.Path, "work");

        var run = CliRun.Start(null, "bench", "--preset", "township", "--out-file", results, "--work", work);

        Assert.True(run.ExitCode == 0, run.Errors);
        var text = File.ReadAllText(results);
        var township = Section(text, "## township：");
        foreach (var part in new[]
        {
            "- 测量日期：", "- 机器：", "- 计时：", "- 数据：", "- 改动的文件：data/",
            "| nanwu check |", "| nanwu build（空的输出目录） |", "| 其中渲染阶段 |", "- 渲染阶段的耗时：取自“生成站点完成”一行",
            "| nanwu build（改动一个文件后，同一输出目录） |", "| node（js-yaml + ajv）同样的 YAML 文件 |",
            "| Hugo 同样页数的 Markdown |", "- 重新生成报告的错误：0 个", "- 比值",
            "| 目标 | 要求 | 实测 | 结论 |", "| 完整生成，编译好的命令，含进程启动 | ≤ 3.00 秒 |",
            "| 重新生成的输出与完整生成相同 | 逐字节相同 | 是 | 达到 |",
        })
        {
            Assert.Contains(part, township);
        }

        Assert.Contains("- 重新生成的输出与完整生成相同：是", township);
        var hugo = township.Split('\n').Single(l => l.StartsWith("| Hugo 同样页数的 Markdown |", StringComparison.Ordinal));
        Assert.True(hugo.Contains("页/秒") || hugo.Contains("hugo 未安装：运行 build/prepare.sh bench"), hugo);
        Assert.Contains(KeptCounty, text);
        Assert.Contains("## province：", text);
        Assert.Contains("尚未测量：运行 `nanwu bench --preset province`", text);
        Assert.False(Directory.Exists(Path.Combine(work, "township")), "the generated data is removed without --keep");
    }

    private static string Section(string text, string heading)
    {
        var start = text.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {heading}");
        var end = text.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }
}
