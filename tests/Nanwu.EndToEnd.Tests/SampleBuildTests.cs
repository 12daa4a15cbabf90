using Nanwu.Cli;
using Nanwu.Records.Model;
using Nanwu.TestSupport;

namespace Nanwu.EndToEnd.Tests;

/// <summary>The README's main job: the sample data of data/ built into both sites.</summary>
public sealed class SampleBuildTests
{
    private static readonly DateOnly AsOf = new(2025, 7, 20);

    [Fact]
    public void The_command_line_builds_both_sites_and_ends_with_a_summary()
    {
        using var temp = new TempFolder();

        var run = CliRun.Start(null, "build", "--as-of", "2025-07-20", "--out", temp.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("数据截止日：2025-07-20", run.Errors);
        Assert.Contains("村：12 个", run.Errors);
        Assert.Contains("错误：0 个；警告：2 个", run.Errors);
        Assert.Contains("内部门户：" + Path.Combine(temp.Path, "internal"), run.Errors);
        Assert.True(File.Exists(Path.Combine(temp.Path, "internal", "index.html")));
        Assert.True(File.Exists(Path.Combine(temp.Path, "public", "index.html")));
    }

    [Fact]
    public void Every_file_of_data_is_a_record_an_asset_or_an_error()
    {
        using var temp = new TempFolder();
        var result = new Pipeline(Repo.Root, AsOf, new Log(TextWriter.Null)).Build(temp.Path, null);
        var onDisk = Directory.GetFiles(Repo.Path("data"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repo.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(onDisk, result.Data.Files.Select(f => f.Path));
        Assert.All(result.Data.Files.Where(f => f.Status == FileStatus.Rejected),
            f => Assert.Contains(result.Diagnostics, d => d.IsError && d.Span.Path == f.Path));
    }

    [Fact]
    public void Output_is_byte_identical_whatever_the_time_zone()
    {
        using var east = new TempFolder();
        using var west = new TempFolder();

        var a = CliRun.Start(new Dictionary<string, string> { ["TZ"] = "Asia/Shanghai" },
            "build", "--as-of", "2025-07-20", "--out", east.Path, "-q");
        var b = CliRun.Start(new Dictionary<string, string> { ["TZ"] = "America/Los_Angeles" },
            "build", "--as-of", "2025-07-20", "--out", west.Path, "-q");

        Assert.Equal(0, a.ExitCode);
        Assert.Equal(0, b.ExitCode);
        var left = TempFolder.Snapshot(east.Path);
        var right = TempFolder.Snapshot(west.Path);
        Assert.Equal(left.Keys, right.Keys);
        Assert.All(left, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(right[pair.Key]), pair.Key));
    }

    [Fact]
    public void A_bad_as_of_date_is_refused_with_the_fix()
    {
        var run = CliRun.Start(null, "check", "--as-of", "2025/07/20");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("请写成 YYYY-MM-DD", run.Errors);
    }

    [Fact]
    public void Check_exits_one_and_lists_problems_when_data_has_errors()
    {
        using var temp = new TempFolder();
        CopyTree(Repo.Path("data"), Path.Combine(temp.Path, "data"));
        CopyTree(Repo.Path("schemas"), Path.Combine(temp.Path, "schemas"));
        var clue = Path.Combine(temp.Path, "data/villages/dongzhuang/clues/2024-002.yaml");
        File.WriteAllText(clue, File.ReadAllText(clue).Replace("未兑付人数: 9", "未兑付人数: 18"));

        var run = CliRun.Start(null, "check", "--repo", temp.Path, "--as-of", "2025-07-20");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("data/villages/dongzhuang/clues/2024-002.yaml:21:8: 错误 R002: 未兑付人数:", run.Output);
        Assert.Contains("错误：1 个", run.Errors);
    }

    [Fact]
    public void The_documented_code_table_matches_the_codes()
    {
        var doc = File.ReadAllText(Repo.Path("docs/diagnostics.md"));

        Assert.EndsWith(CodeTable.Markdown(), doc);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
