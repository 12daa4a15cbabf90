using Nanwu.Loading;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;
using Nanwu.TestSupport;

namespace Nanwu.Aggregation.Tests;

/// <summary>The repository's sample data, loaded once for the aggregation tests.</summary>
public static class SampleData
{
    public static readonly DateOnly AsOf = new(2025, 7, 20);

    private static readonly Lazy<DataSet> Loaded = new(() =>
        new DataLoader(Repo.Root, ReadLimits.Default).Load(new DiagnosticBag()));

    public static DataSet Data => Loaded.Value;

    public static CampaignSummary Summary => Aggregator.Summarise(Data, AsOf);
}
