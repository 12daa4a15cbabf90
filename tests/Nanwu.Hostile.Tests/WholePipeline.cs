using Nanwu.Aggregation;
using Nanwu.Checking;
using Nanwu.Loading;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;
using Nanwu.Rendering;
using Nanwu.Rendering.Pages;

namespace Nanwu.Hostile.Tests;

/// <summary>
/// load → check → aggregate → render both sites, all in memory (nothing written), as the
/// build does it. Used where many runs are needed; the on-disk build is Nanwu.Cli's Pipeline.
/// </summary>
public static class WholePipeline
{
    public sealed record Outcome(DataSet Data, IReadOnlyList<Diagnostic> Diagnostics, SiteFiles Public,
        SiteFiles Internal)
    {
        public IEnumerable<string> Lines => Diagnostics.Select(d => d.ToString());
    }

    public static Outcome Run(string repoRoot, DateOnly asOf)
    {
        var bag = new DiagnosticBag();
        var data = new DataLoader(repoRoot, ReadLimits.Default).Load(bag);
        Checker.Check(new CheckContext(data, asOf, bag));
        var summary = Aggregator.Summarise(data, asOf);
        var options = new SiteOptions(repoRoot, Path.Combine(repoRoot, "out"), asOf, null);
        var (publicFiles, _) = SiteBuilder.RenderPublic(data, options, bag);
        var (internalFiles, _) = SiteBuilder.RenderInternal(data, summary, options, bag.Sorted());
        return new Outcome(data, bag.Sorted(), publicFiles, internalFiles);
    }
}
