using Nanwu.Aggregation;
using Nanwu.Loading;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;
using Nanwu.TestSupport;
using Nanwu.Workbooks;
using Nanwu.Workbooks.Export;

namespace Nanwu.Workbooks.Tests;

/// <summary>The repository's sample data, loaded once, and its workbooks, made once.</summary>
public static class SampleData
{
    public static readonly DateOnly AsOf = new(2025, 7, 20);

    private static readonly Lazy<DataSet> Loaded = new(() => Load(Repo.Root));

    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> Exported = new(() => Export(Data));

    public static DataSet Data => Loaded.Value;

    /// <summary>Every exported file of the sample, by its path in the internal site.</summary>
    public static IReadOnlyDictionary<string, byte[]> Files => Exported.Value;

    public static DataSet Load(string repo) => new DataLoader(repo, ReadLimits.Default).Load(new DiagnosticBag());

    public static IReadOnlyDictionary<string, byte[]> Export(DataSet data, string? repo = null) =>
        new WorkbookExport(repo ?? Repo.Root, data, Aggregator.Summarise(data, AsOf)).Plan()
            .ToDictionary(f => f.Path, f => f.Bytes(), StringComparer.Ordinal);

    public static byte[] Workbook(string owner, string round) => Files[$"workbooks/{round}/{owner}-{round}.xlsx"];
}
