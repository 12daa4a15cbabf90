using Nanwu.Cli;
using Nanwu.Cli.Region;
using Nanwu.Hostile.Tests.Conservation;
using Nanwu.Hostile.Tests.Output;
using Nanwu.Synthetic;

namespace Nanwu.Hostile.Tests.Region;

/// <summary>
/// A county's repository (data/townships/…): every file ends up in the output or a diagnostic,
/// the region's totals are the sums the generator wrote, and a rebuild that reads only the
/// changed townships gives, byte for byte, what a full build of the same data gives.
/// </summary>
public sealed class RegionBuildTests
{
    private static readonly SyntheticOptions County = new()
    {
        Townships = 3, Villages = 8, Rounds = 2, MonthsPerVillage = 4, CluesPerVillage = 2, CrossProvinceEvery = 3,
        Notices = 2, Seed = 7,
    };

    [Fact]
    public void Every_file_is_in_the_output_or_a_diagnostic_and_region_totals_add_up()
    {
        var (repo, generated) = TempRepo.Synthetic(County with { InvalidFiles = 4 });
        using var _ = repo;

        var result = new RegionPipeline(repo.Root, generated.AsOf, new Log(TextWriter.Null)).Build(repo.Out, null);

        Assert.Equal(generated.ExpectedDiagnostics,
            result.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(3, result.Townships.Count);
        Assert.Equal(8, result.Townships.Sum(t => t.Villages));
        foreach (var file in generated.Files)
        {
            if (file.Valid)
            {
                Shown.AssertInOutput(repo.Out, file);
            }
            else
            {
                Assert.Contains(result.Diagnostics, d => d.IsError && d.Span.Path == file.Path);
            }
        }

        foreach (var (round, written) in generated.RoundTotals)
        {
            var rows = result.Townships.Select(t => t.Rounds.Single(r => r.Round == round)).ToList();
            foreach (var (key, total) in written)
            {
                Assert.Equal(total, rows.Sum(r => r.Total.GetValueOrDefault(key)));
            }
        }
    }

    [Fact]
    public void A_rebuild_reads_only_the_changed_township_and_equals_a_full_build()
    {
        var (repo, generated) = TempRepo.Synthetic(County);
        using var _ = repo;
        var first = Build(repo.Root, generated.AsOf, repo.Out);
        Assert.Contains("输出目录里没有上次构建的记录", first);

        // A clerk corrects a remark in one village of one township.
        var clue = generated.Files.First(f => f.Path.Contains("/clues/", StringComparison.Ordinal)).Path;
        var path = repo.PathOf(clue);
        File.WriteAllText(path, File.ReadAllText(path).Replace("备注: 合成线索", "备注: 已复核的合成线索"));
        var second = Build(repo.Root, generated.AsOf, repo.Out);
        Assert.Contains("未改动的乡镇 2 个沿用上次生成的页面，重新生成 1 个", second);
        AssertSameAsFullBuild(repo, generated.AsOf);
        Assert.Contains("已复核的合成线索", OutputText.Of(repo.Out, $"internal/{clue.Split('/')[2]}/clues.html"));

        // A township folder leaves the repository: its pages leave the output.
        var gone = clue.Split('/')[2];
        Directory.Delete(repo.PathOf($"data/townships/{gone}"), recursive: true);
        var third = Build(repo.Root, generated.AsOf, repo.Out);
        Assert.Contains("未改动的乡镇 2 个沿用上次生成的页面，重新生成 0 个", third);
        Assert.False(Directory.Exists(Path.Combine(repo.Out, "internal", gone)));
        AssertSameAsFullBuild(repo, generated.AsOf);
    }

    [Fact]
    public void A_change_to_what_every_township_shares_rebuilds_them_all()
    {
        var (repo, generated) = TempRepo.Synthetic(County);
        using var _ = repo;
        Build(repo.Root, generated.AsOf, repo.Out);

        var notice = generated.Files.First(f => f.Path.StartsWith("data/notices/", StringComparison.Ordinal)).Path;
        File.AppendAllText(repo.PathOf(notice), "\n请相互转告。\n");
        var log = Build(repo.Root, generated.AsOf, repo.Out);

        Assert.Contains("全部乡镇重新生成", log);
        var page = $"public/notices/{Path.GetFileNameWithoutExtension(notice)}.html";
        Assert.Contains("请相互转告", OutputText.Of(repo.Out, page));
        AssertSameAsFullBuild(repo, generated.AsOf);
    }

    [Fact]
    public void A_rebuild_still_refuses_a_name_that_a_changed_township_makes_private()
    {
        var (repo, generated) = TempRepo.Synthetic(County);
        using var _ = repo;
        // A notice names someone who is nobody's private value yet: the public site is published.
        var notice = generated.Files.First(f => f.Path.StartsWith("data/notices/", StringComparison.Ordinal)).Path;
        File.AppendAllText(repo.PathOf(notice), "\n秦小兵提醒大家：高息揽储不可信。\n");
        Build(repo.Root, generated.AsOf, repo.Out);
        var page = $"public/notices/{Path.GetFileNameWithoutExtension(notice)}.html";
        Assert.Contains("秦小兵", OutputText.Of(repo.Out, page));

        // Then a clerk registers a clue whose subject is a private person of that name.
        var clue = generated.Files.Where(f => f.Path.Contains("/clues/", StringComparison.Ordinal))
            .Select(f => repo.PathOf(f.Path)).First(p => File.ReadAllText(p).Contains("主体类型: 个人"));
        var text = File.ReadAllLines(clue);
        File.WriteAllLines(clue, text.Select(l => l.StartsWith("风险主体名称:", StringComparison.Ordinal)
            ? "风险主体名称: 秦小兵" : l));

        var log = new StringWriter();
        var rebuilt = new RegionPipeline(repo.Root, generated.AsOf, new Log(log)).Build(repo.Out, null);
        Assert.Contains("只重新生成文件有改动的乡镇", log.ToString());
        var fresh = new RegionPipeline(repo.Root, generated.AsOf, new Log(TextWriter.Null))
            .Build(Path.Combine(repo.Root, "fresh"), null);

        var leaks = rebuilt.Diagnostics.Where(d => d.Code.Id == "R021").Select(d => d.ToString()).ToList();
        Assert.NotEmpty(leaks);
        // The messages name the public files found, below each build's own output folder.
        Assert.Equal(fresh.Diagnostics.Select(d => d.ToString().Replace("fresh/public", "out/public")),
            rebuilt.Diagnostics.Select(d => d.ToString()));
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "fresh", "public")));
    }

    [Fact]
    public void Record_pages_are_written_when_asked()
    {
        var (repo, generated) = TempRepo.Synthetic(County);
        using var _ = repo;
        var report = generated.Files.First(f => f.Path.Contains("/villages/", StringComparison.Ordinal)
            && f.Path.Contains("/work-stats/", StringComparison.Ordinal));
        var parts = report.Path.Split('/');
        var page = $"internal/{parts[2]}/rounds/{Path.GetFileNameWithoutExtension(parts[^1])}/{parts[4]}.html";

        new RegionPipeline(repo.Root, generated.AsOf, new Log(TextWriter.Null)).Build(repo.Out, null);
        Assert.False(File.Exists(Path.Combine(repo.Out, page)));
        new RegionPipeline(repo.Root, generated.AsOf, new Log(TextWriter.Null))
            .Build(repo.Out, null, recordPages: true);
        Assert.Contains(report.Marker!, OutputText.Of(repo.Out, page));
    }

    [Fact]
    public void A_township_folder_with_a_bad_or_kept_name_is_refused_and_gets_no_output_folder()
    {
        var (repo, generated) = TempRepo.Synthetic(County);
        using var _ = repo;
        var townships = Directory.GetDirectories(repo.PathOf("data/townships")).Order(StringComparer.Ordinal).ToList();
        Directory.Move(townships[0], repo.PathOf("data/townships/rounds"));
        Directory.Move(townships[1], repo.PathOf("data/townships/Bad.Name"));

        var result = new RegionPipeline(repo.Root, generated.AsOf, new Log(TextWriter.Null)).Build(repo.Out, null);

        var refused = result.Diagnostics.Where(d => d.Code.Id == "A002").Select(d => d.Span.Path).ToHashSet();
        var moved = Directory.GetFiles(repo.PathOf("data/townships/rounds"), "*", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(repo.PathOf("data/townships/Bad.Name"), "*", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(repo.Root, f).Replace('\\', '/')).ToList();
        Assert.Equal(moved.Order(StringComparer.Ordinal), refused.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.Id == "A001");
        Assert.Single(result.Townships);
        Assert.False(Directory.Exists(Path.Combine(repo.Out, "internal", "Bad.Name")));
        Assert.False(File.Exists(Path.Combine(repo.Out, "internal", "rounds", "index.html")));
    }

    [Fact]
    public void A_village_folder_named_township_is_told_where_the_townships_own_folder_is()
    {
        var (repo, generated) = TempRepo.Synthetic(County);
        using var _ = repo;
        var village = generated.Files.First(f => f.Path.EndsWith("/village.yaml", StringComparison.Ordinal)).Path;
        var township = village[..village.IndexOf("villages/", StringComparison.Ordinal)];
        repo.Write(township + "villages/township/village.yaml", File.ReadAllText(repo.PathOf(village)));

        var result = new RegionPipeline(repo.Root, generated.AsOf, new Log(TextWriter.Null)).Check();

        Assert.Equal(
            [$"{township}villages/township/village.yaml:1:1: 错误 F002: 村目录名“township”留给乡本级（{township}township/）" +
             "使用；请给这个村另取目录名，如村名的拼音"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Two_townships_of_one_name_are_told_apart_in_a_check_a_build_and_a_rebuild()
    {
        var (repo, generated) = TempRepo.Synthetic(County);
        using var _ = repo;
        var files = generated.Files.Where(f => f.Path.EndsWith("/township.yaml", StringComparison.Ordinal))
            .Select(f => f.Path).Order(StringComparer.Ordinal).ToList();
        var first = File.ReadAllLines(repo.PathOf(files[0]));
        var name = first.Single(l => l.StartsWith("名称: ", StringComparison.Ordinal))["名称: ".Length..];
        var second = File.ReadAllLines(repo.PathOf(files[1]));
        var line = Array.FindIndex(second, l => l.StartsWith("名称: ", StringComparison.Ordinal));
        second[line] = "名称: " + name;
        File.WriteAllLines(repo.PathOf(files[1]), second);
        var expected = $"{files[1]}:{line + 1}:5: 错误 A003: 名称: 乡镇名“{name}”与 townships/{files[0].Split('/')[2]} " +
                       "的相同；各乡镇名称要能区分，请写全称（如加上所属县）";

        var check = new RegionPipeline(repo.Root, generated.AsOf, new Log(TextWriter.Null)).Check();
        var build = new RegionPipeline(repo.Root, generated.AsOf, new Log(TextWriter.Null)).Build(repo.Out, null);
        var rebuild = new RegionPipeline(repo.Root, generated.AsOf, new Log(TextWriter.Null)).Build(repo.Out, null);

        // The township's own reports now name another township in 填报单位 (R015) as well.
        Assert.Equal([expected], check.Diagnostics.Where(d => d.Code.Id == "A003").Select(d => d.ToString()));
        Assert.Equal(check.Diagnostics.Select(d => d.ToString()), build.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(check.Diagnostics.Select(d => d.ToString()), rebuild.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_villages_files_at_a_regions_top_level_get_one_error_each_saying_where_they_belong()
    {
        var (repo, generated) = TempRepo.Synthetic(County);
        using var _ = repo;
        var village = generated.Files.First(f => f.Path.EndsWith("/village.yaml", StringComparison.Ordinal)).Path;
        repo.Write("data/villages/stray/village.yaml", File.ReadAllText(repo.PathOf(village)));

        var result = new RegionPipeline(repo.Root, generated.AsOf, new Log(TextWriter.Null)).Check();

        Assert.Equal(
            ["data/villages/stray/village.yaml:1:1: 错误 A001: 这个仓库有 data/townships/，是县或省一级的仓库：" +
             "乡镇信息、领导小组和各村的记录都放在各乡镇自己的目录里，这份文件未读取；" +
             "请移到 data/townships/<乡镇目录>/villages/stray/village.yaml（第一行 schema 路径随之多两层 ../）"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Commands_for_a_township_repository_refuse_a_region_in_plain_words()
    {
        var (region, _) = TempRepo.Synthetic(County);
        using var __ = region;
        var (township, _) = TempRepo.Synthetic(new SyntheticOptions { Villages = 2 });
        using var ___ = township;

        var said = new StringWriter();
        var before = Console.Error;
        Console.SetError(said);
        try
        {
            Assert.True(RegionGuard.Refuses(region.Root, "codeowners"));
            Assert.False(RegionGuard.Refuses(township.Root, "codeowners"));
        }
        finally
        {
            Console.SetError(before);
        }

        Assert.Contains("是县或省一级的仓库", said.ToString());
        Assert.Contains("nanwu codeowners 目前只用于一个乡镇自己的仓库", said.ToString());
    }

    private static string Build(string root, DateOnly asOf, string outRoot)
    {
        var log = new StringWriter();
        var result = new RegionPipeline(root, asOf, new Log(log)).Build(outRoot, null);
        Assert.Empty(result.Diagnostics);
        return log.ToString();
    }

    private static void AssertSameAsFullBuild(TempRepo repo, DateOnly asOf)
    {
        var fresh = Path.Combine(repo.Root, "fresh-" + Guid.NewGuid().ToString("N"));
        Build(repo.Root, asOf, fresh);
        foreach (var site in new[] { "internal", "public" })
        {
            OutputSnapshot.AssertSame(OutputSnapshot.Of(Path.Combine(fresh, site)),
                OutputSnapshot.Of(Path.Combine(repo.Out, site)));
        }
    }
}
