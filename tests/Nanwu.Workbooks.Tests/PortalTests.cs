using Nanwu.Cli;
using Nanwu.Loading;
using Nanwu.Loading.Files;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Workbooks.Tests;

/// <summary>Stamped scans as data; workbooks and scans in the internal site, linked from each round's page.</summary>
public sealed class PortalTests
{
    private const string Dongzhuang = "workbooks/2025-06/dongzhuang-2025-06.xlsx";

    [Fact]
    public void A_stamped_scan_belongs_to_its_owner_and_round_and_is_not_a_public_asset()
    {
        var placement = DataLayout.Classify("villages/dongzhuang/stamped/2025-06.pdf");

        Assert.Equal(new Placement(RecordKind.Asset, "dongzhuang", "2025-06"), placement);
        var copy = Assert.Single(SampleData.Data.Stamped);
        Assert.Equal(("dongzhuang", "2025-06", "data/villages/dongzhuang/stamped/2025-06.pdf"),
            (copy.Owner.Id, copy.Round, copy.Path));
        Assert.DoesNotContain(copy.Path, SampleData.Data.Assets);
    }

    [Fact]
    public void A_stamped_scan_for_a_round_that_does_not_exist_is_an_error()
    {
        using var repo = new TempRepo();
        var folder = repo.File("data/villages/dongzhuang/stamped");
        File.Copy(Path.Combine(folder, "2025-06.pdf"), Path.Combine(folder, "2025-07.pdf"));

        var bag = new DiagnosticBag();
        var data = new DataLoader(repo.Path, ReadLimits.Default).Load(bag);

        Assert.Contains(bag.Sorted(), d => d.IsError && d.Code.Id == "F007"
            && d.Span.Path == "data/villages/dongzhuang/stamped/2025-07.pdf");
        Assert.Contains(data.Files, f => f.Path.EndsWith("2025-07.pdf", StringComparison.Ordinal)
            && f.Status == FileStatus.Rejected);
        Assert.DoesNotContain(data.Stamped, c => c.Round == "2025-07");
    }

    [Fact]
    public void The_build_puts_workbooks_and_scans_in_the_internal_site_and_a_second_build_keeps_them()
    {
        using var repo = new TempRepo("site-templates");
        var output = repo.File("out");
        var pipeline = new Pipeline(repo.Path, SampleData.AsOf, new Log(TextWriter.Null));

        pipeline.Build(output, null);
        var first = File.ReadAllBytes(Path.Combine(output, "internal", Dongzhuang));
        pipeline.Build(output, null);

        var page = File.ReadAllText(Path.Combine(output, "internal/rounds/2025-06/index.html"));
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(output, "internal", Dongzhuang)));
        Assert.Equal(File.ReadAllBytes(repo.File("data/villages/dongzhuang/stamped/2025-06.pdf")),
            File.ReadAllBytes(Path.Combine(output, "internal/stamped/2025-06/dongzhuang.pdf")));
        Assert.Contains("href=\"../../workbooks/2025-06/dongzhuang-2025-06.xlsx\"", page);
        Assert.Contains("href=\"../../workbooks/2025-06/2025-06-summary.xlsx\"", page);
        Assert.Contains("href=\"../../workbooks/templates/clue.xlsx\"", page);
        Assert.Contains("href=\"../../stamped/2025-06/dongzhuang.pdf\"", page);
        Assert.Contains("已上传盖章件 1 个单位，未上传：北辛村", page);
        Assert.False(Directory.Exists(Path.Combine(output, "public/workbooks")));
        Assert.False(Directory.Exists(Path.Combine(output, "public/stamped")));
    }
}
