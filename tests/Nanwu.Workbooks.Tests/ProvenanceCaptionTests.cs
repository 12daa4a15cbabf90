using System.IO.Compression;
using Nanwu.Aggregation;
using Nanwu.Workbooks.Export;

namespace Nanwu.Workbooks.Tests;

/// <summary>A printed workbook can be traced to its data: its caption names round, commit and tag.</summary>
public sealed class ProvenanceCaptionTests
{
    [Fact]
    public void The_caption_names_the_round_commit_and_tag()
    {
        var data = SampleData.Data;
        var commit = "0123456789abcdef0123456789abcdef01234567";
        var tag = new RoundTag("2024-12", "round/2024-12", commit, new DateOnly(2024, 12, 20), "");
        var summary = Aggregator.Summarise(data, SampleData.AsOf) with
        {
            Provenance = new Provenance(commit, false, [tag]),
        };
        var file = new WorkbookExport(TestSupport.Repo.Root, data, summary).Plan()
            .First(f => f.Path.EndsWith("2024-12-summary.xlsx", StringComparison.Ordinal));

        using var zip = new ZipArchive(new MemoryStream(file.Bytes()));
        var strings = string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));

        Assert.Contains("数据来源：轮次 2024-12，提交 0123456789ab，标签 round/2024-12", strings);
    }
}
