using Nanwu.Records.Diagnostics;

namespace Nanwu.Rendering.Tests;

/// <summary>
/// The whole build: staging and swapping, the wall's refusal, and identical bytes for identical input.
/// </summary>
public sealed class SiteBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Two_builds_into_two_folders_give_identical_bytes()
    {
        var first = Build(_temp.Sub("a"), SampleData.Data);
        var second = Build(_temp.Sub("b"), SampleData.Data);

        Assert.Equal(0, first.Bag.ErrorCount);
        var a = TempFolder.Snapshot(_temp.Sub("a"));
        var b = TempFolder.Snapshot(_temp.Sub("b"));
        Assert.Equal(a.Keys, b.Keys);
        Assert.All(a, f => Assert.Equal(f.Value, b[f.Key]));
        Assert.Equal(first.Report, second.Report);
    }

    [Fact]
    public void A_second_build_keeps_unchanged_files_and_leaves_no_staging_folder()
    {
        var out1 = _temp.Sub("out");
        var first = Build(out1, SampleData.Data).Report;
        var second = Build(out1, SampleData.Data).Report;

        Assert.Equal(first.FilesWritten, second.FilesUnchanged);
        Assert.Equal(0, second.FilesWritten);
        Assert.False(Directory.Exists(out1 + ".staging"));
        Assert.Equal(["internal", "public"], Directory.GetDirectories(out1).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Every_file_is_utf8_without_bom_with_unix_line_endings()
    {
        var out1 = _temp.Sub("out");
        Build(out1, SampleData.Data);

        Assert.All(TempFolder.Snapshot(out1).Where(f => Pages.SitePaths.IsText(f.Key)), f =>
        {
            Assert.False(f.Value is [0xEF, 0xBB, 0xBF, ..], f.Key);
            Assert.DoesNotContain((byte)'\r', f.Value);
        });
    }

    [Fact]
    public void A_private_value_planted_in_a_notice_is_reported_and_the_public_site_is_not_published()
    {
        var person = SampleData.Data.Clues.First(c => c.SubjectIsPerson).SubjectName;
        var planted = SampleData.WithNoticeBody("jingti-yanglao-touzi", $"近日，{person}以养老投资为名借钱。");
        var out1 = _temp.Sub("out");

        var (bag, report) = Build(out1, planted);

        // One error at the notice's line, naming the page, its posters, its script and the search
        // index (fragments are gzip-compressed) it was found in.
        var notice = planted.Notices.Single(n => n.Slug == "jingti-yanglao-touzi");
        var leak = Assert.Single(bag.Sorted(), d => d.Code == Codes.PrivateLeak);
        Assert.Equal(new SourceSpan(notice.Source.Path, notice.BodyLine, 4), leak.Span);
        Assert.Contains("等 6 个文件中；", leak.Message);
        Assert.Contains("/public/notices/jingti-yanglao-touzi.a3.html、", leak.Message);
        Assert.False(Directory.Exists(Path.Combine(out1, "public")));
        Assert.True(File.Exists(Path.Combine(out1, "internal", "index.html")));
        Assert.Equal(0, report.PublicPages);
        Assert.Contains("R021", File.ReadAllText(Path.Combine(out1, "internal", "checks.html")));
    }

    [Fact]
    public void After_a_refused_build_the_previous_public_site_stays_in_place()
    {
        var out1 = _temp.Sub("out");
        Build(out1, SampleData.Data);
        var before = TempFolder.Snapshot(Path.Combine(out1, "public"));
        var person = SampleData.Data.Clues.First(c => c.SubjectIsPerson).SubjectName;

        var (bag, _) = Build(out1, SampleData.WithNoticeBody("zhengui-licai", person));

        Assert.Contains(bag.Sorted(), d => d.Code == Codes.PrivateLeak);
        var after = TempFolder.Snapshot(Path.Combine(out1, "public"));
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, f => Assert.Equal(f.Value, after[f.Key]));
    }

    private static (DiagnosticBag Bag, SiteReport Report) Build(string outputRoot, Records.Model.DataSet data)
    {
        var bag = new DiagnosticBag();
        var summary = Aggregation.Aggregator.Summarise(data, SampleData.AsOf);
        var report = SiteBuilder.Build(data, summary, SampleData.Options(outputRoot), bag);
        return (bag, report);
    }
}
