using Nanwu.Aggregation;
using Nanwu.Loading;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;
using Nanwu.Rendering.Pages;
using Nanwu.TestSupport;

namespace Nanwu.Rendering.Tests;

/// <summary>The repository's sample data, loaded once, and the internal site rendered from it in memory.</summary>
public static class SampleData
{
    public static readonly DateOnly AsOf = new(2025, 7, 20);

    private static readonly Lazy<DataSet> Loaded = new(() =>
        new DataLoader(Repo.Root, ReadLimits.Default).Load(new DiagnosticBag()));

    private static readonly Lazy<SiteFiles> Internal = new(() =>
        SiteBuilder.RenderInternal(Data, Summary, Options(Path.GetTempPath()), []).Files);

    public static DataSet Data => Loaded.Value;

    public static CampaignSummary Summary => Aggregator.Summarise(Data, AsOf);

    /// <summary>The internal site of the sample data, rendered once.</summary>
    public static SiteFiles InternalSite => Internal.Value;

    public static SiteOptions Options(string outputRoot) => new(Repo.Root, outputRoot, AsOf, null);

    /// <summary>The sample data with one notice's Markdown replaced.</summary>
    public static DataSet WithNoticeBody(string slug, string markdown) => Data with
    {
        Notices = Data.Notices.Select(n => n.Slug == slug ? n with { Markdown = markdown } : n).ToList(),
    };
}
