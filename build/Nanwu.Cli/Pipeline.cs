using Nanwu.Aggregation;
using Nanwu.Checking;
using Nanwu.Git;
using Nanwu.Loading;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;
using Nanwu.Rendering;
using Nanwu.Rendering.Public;

namespace Nanwu.Cli;

/// <summary>The result of a check or build: what was loaded, what was found, what was written.</summary>
public sealed record PipelineResult(
    DataSet Data, CampaignSummary? Summary, IReadOnlyList<Diagnostic> Diagnostics, SiteReport? Site)
{
    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);
}

/// <summary>load → check → aggregate → render, each a named stage.</summary>
public sealed class Pipeline(string repoRoot, DateOnly asOf, Log log)
{
    public Log Log => log;

    public PipelineResult Check()
    {
        var bag = new DiagnosticBag();
        var data = Load(bag);
        log.Stage("检查业务规则", () => { Checker.Check(new CheckContext(data, asOf, bag)); return bag; },
            b => $"{b.ErrorCount} 个错误，{b.WarningCount} 个警告");
        bag.AddRange(GitContext.Open(repoRoot)?.ArrivalDisagreements(data, asOf) ?? []);

        // The notices' own problems (unsafe Markdown, images without words, missing files), as a
        // build would find them, without writing anything.
        PublicChecks.Run(data, new SiteOptions(repoRoot, repoRoot, asOf, null), bag);
        return new PipelineResult(data, null, bag.Sorted(), null);
    }

    public PipelineResult Build(string outputRoot, string? baseUrl)
    {
        var bag = new DiagnosticBag();
        var data = Load(bag);
        log.Stage("检查业务规则", () => { Checker.Check(new CheckContext(data, asOf, bag)); return bag; },
            b => $"{b.ErrorCount} 个错误，{b.WarningCount} 个警告");
        // Inside a Git work tree: lateness by arrival on main, provenance, closed rounds as tagged.
        var git = GitContext.Open(repoRoot);
        var summary = log.Stage("汇总统计", () => git?.Summarise(data, asOf, bag) ?? Aggregator.Summarise(data, asOf),
            s => $"{s.Rounds.Count} 个轮次，{s.Months.Count} 个月，台账 {s.ClueRegister.Count} 条线索");
        // The workbooks are made while the internal site is staged, so they are swapped in with it.
        var downloads = WorkbookDownloads.Of(repoRoot, data, summary);
        log.Info($"Excel 表与盖章件 {downloads.Count} 个，随内部门户一起生成");
        var options = new SiteOptions(repoRoot, outputRoot, asOf, baseUrl) { Downloads = downloads };
        var site = log.Stage("生成站点", () => SiteBuilder.Build(data, summary, options, bag),
            r => $"内部门户 {r.InternalPages} 页，公开网站 {r.PublicPages} 页，写入 {r.FilesWritten} 个文件");
        return new PipelineResult(data, summary, bag.Sorted(), site);
    }

    private DataSet Load(DiagnosticBag bag) =>
        log.Stage("读取 data/", () => new DataLoader(repoRoot, ReadLimits.Default).Load(bag),
            d => $"{d.Files.Count} 个文件，其中记录 {d.Files.Count(f => f.Status == FileStatus.Record)} 条，" +
                 $"未通过 {d.Files.Count(f => f.Status == FileStatus.Rejected)} 个");
}
