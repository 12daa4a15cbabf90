using Nanwu.Records.Diagnostics;
using Nanwu.Rendering.Markdown;
using Nanwu.Rendering.Public;
using Nanwu.TestSupport;

namespace Nanwu.Rendering.Tests;

/// <summary>
/// Files a notice links to: an image needs words for those who cannot see it, a linked file must
/// exist, and a file beside the notices that nothing uses is reported.
/// </summary>
public sealed class LinkedFileTests
{
    [Fact]
    public void The_sample_notices_link_only_to_files_that_exist_each_with_its_words()
    {
        var diagnostics = new List<Diagnostic>();

        new PublicSite(SampleData.Data, SampleData.AsOf, null, new NoticeMarkdown()).Build(diagnostics);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void An_image_without_words_and_links_to_missing_files_are_reported_at_their_markdown_line()
    {
        var data = SampleData.WithNoticeBody("zhengui-licai", """
            开头一段。

            ![](yanglao-sibu.png) 和 ![ ](yanglao-sibu.png)

            请看 ![海报](Yanglao-Sibu.png) 和 [通知原文](tongzhi.pdf)，以及[如何举报](../ruhe-jubao.html)。
            """);
        var notice = data.Notices.Single(n => n.Slug == "zhengui-licai");
        var diagnostics = new List<Diagnostic>();

        var content = new PublicSite(data, SampleData.AsOf, null, new NoticeMarkdown()).Build(diagnostics);

        var path = notice.Source.Path;
        var line = notice.BodyLine;
        const string Folder = "data/notices/";
        Assert.Equal(
        [
            Messages.ImageWithoutAlt(new SourceSpan(path, line + 2, 1), "yanglao-sibu.png").ToString(),
            Messages.ImageWithoutAlt(new SourceSpan(path, line + 2, 25), "yanglao-sibu.png").ToString(),
            Messages.LinkedFileMissing(new SourceSpan(path, line + 4, 4), "Yanglao-Sibu.png", Folder).ToString(),
            Messages.LinkedFileMissing(new SourceSpan(path, line + 4, 30), "tongzhi.pdf", Folder).ToString(),
        ], diagnostics.Select(d => d.ToString()));
        Assert.Contains(("notices/yanglao-sibu.png", "data/notices/yanglao-sibu.png"), content.Files);
    }

    [Fact]
    public void Nanwu_check_finds_the_same_problems_without_templates_or_output()
    {
        var data = SampleData.WithNoticeBody("jingti-yanglao-touzi", "![](yanglao-sibu.png)");
        var notice = data.Notices.Single(n => n.Slug == "jingti-yanglao-touzi");
        var bag = new DiagnosticBag();

        PublicChecks.Run(data, SampleData.Options("/nonexistent") with { RepoRoot = Repo.Root }, bag);

        var at = new SourceSpan(notice.Source.Path, notice.BodyLine, 1);
        var expected = Messages.ImageWithoutAlt(at, "yanglao-sibu.png");
        Assert.Equal([expected.ToString()], bag.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void A_file_that_no_notice_uses_is_reported_and_not_published()
    {
        var data = SampleData.WithNoticeBody("jingti-yanglao-touzi", "图片已经删去。");
        var diagnostics = new List<Diagnostic>();

        var content = new PublicSite(data, SampleData.AsOf, null, new NoticeMarkdown()).Build(diagnostics);

        Assert.Equal([Messages.AssetUnused("data/notices/yanglao-sibu.png").ToString()],
            diagnostics.Select(d => d.ToString()));
        Assert.Empty(content.Files);
    }
}
