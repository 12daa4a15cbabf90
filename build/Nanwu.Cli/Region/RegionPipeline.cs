using System.Diagnostics;
using Nanwu.Aggregation;
using Nanwu.Aggregation.Region;
using Nanwu.Checking;
using Nanwu.Loading;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;
using Nanwu.Rendering;
using Nanwu.Rendering.Internal;
using Nanwu.Rendering.Internal.Models;
using Nanwu.Rendering.Output;
using Nanwu.Rendering.Pages;
using Nanwu.Rendering.Public;
using Nanwu.Rendering.Templates;

namespace Nanwu.Cli.Region;

/// <summary>
/// A county's or province's repository (data/townships/&lt;id&gt;/…): the shared files once, then
/// each township loaded, checked, summed and rendered on its own, two at a time, and let go, so
/// memory holds a few townships rather than the province. A rebuild into the same output reads
/// only the townships whose files changed and keeps the others' published pages.
/// </summary>
public sealed class RegionPipeline(string repoRoot, DateOnly asOf, Log log)
{
    private readonly DataLoader _loader = new(repoRoot, ReadLimits.Default);

    public RegionOutcome Check()
    {
        var bag = new DiagnosticBag();
        var region = LoadShared(bag);
        var results = new TownshipResult[region.Townships.Count];
        ForEachTownship(region, "检查", i =>
        {
            var (data, tbag) = LoadAndCheck(region, region.Townships[i]);
            results[i] = TownshipResult.Of(region.Townships[i], data, Aggregator.Summarise(data, asOf),
                tbag.Sorted(), 0);
        });
        PublicChecks.Run(region.Shared, new SiteOptions(repoRoot, repoRoot, asOf, null), bag);
        bag.AddRange(SameNames(results));
        return new RegionOutcome(region.Shared, results, bag.Sorted(), null);
    }

    /// <param name="outputRoot">Where out/internal and out/public go.</param>
    /// <param name="baseUrl">The public site's address.</param>
    /// <param name="recordPages">Also a page for each owner's 附件2 of each round (left out by default).</param>
    public RegionOutcome Build(string outputRoot, string? baseUrl, bool recordPages = false)
    {
        var bag = new DiagnosticBag();
        // The last build's record is read while data/ is scanned: a rebuild waits on both.
        var reading = Task.Run(() => RegionCache.Read(outputRoot));
        var region = LoadShared(bag);
        var options = new SiteOptions(repoRoot, outputRoot, asOf, baseUrl) { ReportPages = recordPages };
        var version = typeof(RegionPipeline).Assembly.ManifestModule.ModuleVersionId.ToString();
        var shared = RegionCache.Fingerprint(repoRoot,
            [
                .. RegionCache.FilesBelow(repoRoot, "schemas"), .. RegionCache.FilesBelow(repoRoot, "site-templates/internal"),
                "data/rounds.yaml", "data/region.yaml",
            ],
            version, asOf.ToString("O"), recordPages ? "record pages" : "");
        var publicPrint = RegionCache.Fingerprint(repoRoot,
            [.. region.Shared.Files.Select(f => f.Path), .. RegionCache.FilesBelow(repoRoot, "site-templates/public")],
            version, asOf.ToString("O"), baseUrl ?? "", shared);
        var previous = reading.Result;
        // A rebuild keeps the public site and the unchanged townships' pages. The wall needs every
        // township's private values whenever the public site is made anew; those are only at hand
        // when every township is read, so a new public site means a full build.
        var incremental = previous is { PublicClean: true } && previous.Public == publicPrint
            && previous.Shared == shared && Directory.Exists(Path.Combine(outputRoot, InternalSite.Name))
            && Directory.Exists(Path.Combine(outputRoot, PublicSite.Name));
        log.Info(previous is null ? "输出目录里没有上次构建的记录，全部乡镇重新生成"
            : incremental ? "按上次构建的记录，只重新生成文件有改动的乡镇"
            : "模板、表式、轮次或公开网站的内容有改动（或上次的公开网站未发布），全部乡镇重新生成");

        var output = new StagedOutput(outputRoot);
        output.Begin(keepReplaced: incremental);
        try
        {
            var prints = region.Townships.AsParallel().AsOrdered()
                .Select(t => RegionCache.Fingerprint(region.FilesOf(t), shared)).ToList();
            var results = new TownshipResult[region.Townships.Count];
            var fresh = new bool[region.Townships.Count];
            var privateValues = new List<PrivateValue>[region.Townships.Count];
            var written = 0;
            var renderTicks = 0L;
            var renderedPages = 0;
            var up = new NavItem($"↑ {region.Shared.Township?.Name ?? "全部乡镇"}", "../" + InternalUrls.Index);
            ForEachTownship(region, "生成", i =>
            {
                var id = region.Townships[i];
                if (incremental && previous!.Townships.TryGetValue(id, out var old) && old.Fingerprint == prints[i]
                    && Directory.Exists(Path.Combine(output.PublishedFolder(InternalSite.Name), id)))
                {
                    results[i] = old.Result;
                    return;
                }

                var (data, tbag) = LoadAndCheck(region, id);
                var summary = Aggregator.Summarise(data, asOf);
                var diagnostics = tbag.Sorted();
                var clock = Stopwatch.StartNew();
                var (files, pages) = SiteBuilder.RenderInternal(data, summary, options, diagnostics, up);
                var staged = output.Stage(InternalSite.Name, Prefixed(files, id + "/"));
                Interlocked.Add(ref renderTicks, clock.Elapsed.Ticks);
                Interlocked.Add(ref renderedPages, pages);
                Interlocked.Add(ref written, staged.Written);
                results[i] = TownshipResult.Of(id, data, summary, diagnostics, pages);
                privateValues[i] = [.. data.PrivateValues];
                fresh[i] = true;
            });
            var rebuilt = fresh.Count(f => f);
            // The phase runs on every core at once, interleaved with reading; its share of the wall
            // clock is the time spent in it on all threads divided by their number.
            var renderSeconds = TimeSpan.FromTicks(renderTicks).TotalSeconds / Environment.ProcessorCount;
            log.Info($"其中渲染并写入各乡镇的页面：{renderedPages} 页，约 {renderSeconds:0.00} 秒" +
                     $"（{(renderSeconds > 0 ? renderedPages / renderSeconds : 0):0} 页/秒；各线程在这一步所用时间之和 ÷ " +
                     $"{Environment.ProcessorCount}）");
            if (incremental)
            {
                log.Info($"未改动的乡镇 {results.Length - rebuilt} 个沿用上次生成的页面，重新生成 {rebuilt} 个");
            }

            bag.AddRange(SameNames(results));
            var siteClock = Stopwatch.StartNew();
            var regionFiles = log.Stage("生成全地区的汇总页", () => RenderRegion(region, results, bag.Sorted(), options),
                f => $"{f.Count} 个文件");
            output.Stage(InternalSite.Name, regionFiles);
            var values = privateValues.Where(v => v is not null).SelectMany(v => v).ToList();
            int publicPages;
            bool mayPublish;
            if (incremental)
            {
                // Only the values of the townships read now can be new to the published public site.
                var folder = output.PublishedFolder(PublicSite.Name);
                var wall = log.Stage("用重读的乡镇的隐私内容检查已发布的公开网站",
                    () => SiteBuilder.CheckWall(region.Shared, values, options, output, folder),
                    w => w.MayPublish ? "没有发现" : $"发现 {w.Leaks.Count} 处");
                bag.AddRange(wall.All);
                (publicPages, mayPublish) = (Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories)
                    .Count(), wall.MayPublish);
                for (var i = 0; i < results.Length; i++)
                {
                    if (fresh[i])
                    {
                        output.PublishFolder(InternalSite.Name, region.Townships[i]);
                    }
                }

                foreach (var gone in previous!.Townships.Keys.Except(region.Townships, StringComparer.Ordinal))
                {
                    output.WithdrawFolder(InternalSite.Name, gone);
                }

                output.PublishFiles(InternalSite.Name, regionFiles.Paths);
            }
            else
            {
                (_, publicPages, mayPublish) = SiteBuilder.StagePublic(region.Shared, values, options, output, bag);
                output.Publish(InternalSite.Name);
                if (mayPublish)
                {
                    output.Publish(PublicSite.Name);
                }
            }

            new RegionCache
            {
                Shared = shared, Public = publicPrint, PublicClean = mayPublish,
                Townships = new(results.Select((r, i) => (r, i))
                    .ToDictionary(x => x.r.Id, x => new CachedTownship(prints[x.i], x.r)), StringComparer.Ordinal),
            }.Write(outputRoot);
            var internalPages = results.Sum(r => r.InternalPages) + regionFiles.Paths.Count(p => p.EndsWith(".html"));
            var report = new SiteReport(internalPages, mayPublish ? publicPages : 0, written, 0);
            // The rendering phase: the townships' share (above) and the region's pages, the public
            // site, its index and the wall, which run after the townships.
            log.Info($"生成站点完成：内部门户 {report.InternalPages} 页，公开网站 {report.PublicPages} 页，" +
                     $"写入 {written} 个文件（{renderSeconds + siteClock.Elapsed.TotalSeconds:0.00} 秒）");
            return new RegionOutcome(region.Shared, results, bag.Sorted(), report);
        }
        finally
        {
            output.Discard();
        }
    }

    /// <summary>Two townships of one name: each after the first is pointed at its 名称.</summary>
    private static IEnumerable<Diagnostic> SameNames(IReadOnlyList<TownshipResult> results) =>
        results.GroupBy(r => r.Name, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Skip(1).Select(r => Messages.SameTownshipName(
                new SourceSpan($"data/townships/{r.Id}/township.yaml", r.NameLine, r.NameColumn), g.Key,
                g.First().Id)));

    private RegionData LoadShared(DiagnosticBag bag) =>
        log.Stage("读取 data/ 的共享文件并列出各乡镇", () => _loader.LoadRegion(bag),
            r => $"{r.Townships.Count} 个乡镇，共享文件 {r.Shared.Files.Count} 个");

    private (DataSet Data, DiagnosticBag Bag) LoadAndCheck(RegionData region, string township)
    {
        var bag = new DiagnosticBag();
        var data = _loader.LoadTownship(region, township, bag);
        Checker.Check(new CheckContext(data, asOf, bag));
        return (data, bag);
    }

    /// <summary>Runs the work for every township, two at a time, saying how far it got every few seconds.</summary>
    private void ForEachTownship(RegionData region, string verb, Action<int> work)
    {
        var clock = Stopwatch.StartNew();
        var done = 0;
        var lastSaid = 0L;
        var total = region.Townships.Count;
        log.Info($"逐个乡镇读取、检查{(verb == "生成" ? "并生成页面" : "")}：{total} 个乡镇……");
        Parallel.For(0, total, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            work(i);
            var now = Interlocked.Increment(ref done);
            var seconds = clock.ElapsedMilliseconds / 5000;
            if (seconds > Interlocked.Read(ref lastSaid) && Interlocked.Exchange(ref lastSaid, seconds) < seconds)
            {
                log.Info($"  已{verb} {now}/{total} 个乡镇（{clock.Elapsed.TotalSeconds:0} 秒）");
            }
        });
        log.Info($"{total} 个乡镇已{verb}（{clock.Elapsed.TotalSeconds:0.00} 秒）");
    }

    private SiteFiles RenderRegion(RegionData region, IReadOnlyList<TownshipResult> results,
        IReadOnlyList<Diagnostic> shared, SiteOptions options)
    {
        var site = new RegionSite(region.Shared.Township, region.Shared.Campaign, region.Shared.Forms.WorkStats, asOf,
            results, shared);
        var folder = Path.Combine(options.RepoRoot, "site-templates", InternalSite.Name);
        var files = new SiteFiles();
        // Each round's table has a row per township (1,300 in a province): the pages render side by side.
        var renderer = new PageRenderer(new TemplateFolder(folder), site.Info());
        var pages = site.Pages().ToList();
        var texts = new string[pages.Count];
        Parallel.For(0, pages.Count, i => texts[i] = renderer.Render(pages[i]));
        for (var i = 0; i < pages.Count; i++)
        {
            files.AddText(pages[i].Path, texts[i]);
        }

        SiteBuilder.AddAssets(folder, files);
        return files;
    }

    private static SiteFiles Prefixed(SiteFiles files, string prefix)
    {
        var result = new SiteFiles();
        foreach (var (path, bytes) in files.All)
        {
            result.Add(prefix + path, bytes);
        }

        return result;
    }
}

/// <summary>What a region's check or build found: shared data, each township's result, shared diagnostics.</summary>
public sealed record RegionOutcome(DataSet Shared, IReadOnlyList<TownshipResult> Townships,
    IReadOnlyList<Diagnostic> SharedDiagnostics, SiteReport? Site)
{
    public IReadOnlyList<Diagnostic> Diagnostics
    {
        get
        {
            var bag = new DiagnosticBag();
            bag.AddRange(SharedDiagnostics);
            bag.AddRange(Townships.SelectMany(t => t.Diagnostics).Select(d => d.ToDiagnostic()));
            return bag.Sorted();
        }
    }
}
