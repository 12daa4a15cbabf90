using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;
using Nanwu.Rendering.Markdown;
using Nanwu.Rendering.Public;
using Nanwu.Rendering.Public.Models;

namespace Nanwu.Rendering.Tests;

/// <summary>
/// Links between notices written as their .md files become the pages' addresses; a link to a
/// data file that is not public, or to a .md that does not exist, is removed (its words kept)
/// and reported at its line; an image's query does not make it a picture from another site.
/// </summary>
public sealed class NoticeLinkTests
{
    private const string Slug = "zhengui-licai";

    [Fact]
    public void Links_to_other_notices_written_as_md_point_at_their_pages()
    {
        var (body, diagnostics) = Render(Slug,
            "[如何举报](../pages/ruhe-jubao.md)、[另一篇](jiezhai-fuwu.md)、[案例](../typical-cases/shuzi-kuangji-an.md#top)");

        Assert.Empty(diagnostics);
        Assert.Contains("<a href=\"../ruhe-jubao.html\">如何举报</a>", body);
        Assert.Contains("<a href=\"jiezhai-fuwu.html\">另一篇</a>", body);
        Assert.Contains("<a href=\"../cases/shuzi-kuangji-an.html#top\">案例</a>", body);
    }

    [Fact]
    public void A_page_at_the_site_root_links_into_the_notices_folder()
    {
        var (body, diagnostics) = Render("ruhe-jubao", "见[借债服务](../notices/jiezhai-fuwu.md)。", RecordKind.Page);

        Assert.Empty(diagnostics);
        Assert.Contains("<a href=\"notices/jiezhai-fuwu.html\">借债服务</a>", body);
    }

    [Fact]
    public void Links_to_records_and_missing_md_files_are_removed_with_their_words_kept_and_reported()
    {
        var markdown = "第一段。\n\n详见[这条线索](../villages/dongzhuang/clues/2024-003.yaml)。\n"
            + "又见[旧文](meiyou-zhege.md)和[说明](../../README.md)。";

        var (body, diagnostics) = Render(Slug, markdown);

        Assert.Contains("详见这条线索。", body);
        Assert.Contains("又见旧文和说明。", body);
        Assert.DoesNotContain("yaml", body);
        Assert.DoesNotContain(".md", body);
        var path = Notice(Slug).Source.Path;
        var line = Notice(Slug).BodyLine + 2;
        Assert.Equal(
            [
                Messages.LinkNotPublic(new SourceSpan(path, line, 3), "../villages/dongzhuang/clues/2024-003.yaml",
                    exists: true).ToString(),
                Messages.LinkNotPublic(new SourceSpan(path, line + 1, 3), "meiyou-zhege.md", exists: false).ToString(),
                Messages.LinkNotPublic(new SourceSpan(path, line + 1, 25), "../../README.md", exists: false)
                    .ToString(),
            ],
            diagnostics.Select(d => d.ToString()));
        Assert.All(diagnostics, d => Assert.Equal(Severity.Warning, d.Code.Severity));
    }

    [Fact]
    public void An_image_with_a_query_is_the_file_beside_the_page()
    {
        var data = SampleData.WithNoticeBody("jingti-yanglao-touzi", "![养老院四步骗局](yanglao-sibu.png?x=1)");
        var diagnostics = new List<Diagnostic>();

        var content = new PublicSite(data, SampleData.AsOf, null, new NoticeMarkdown()).Build(diagnostics);

        Assert.Empty(diagnostics);
        var body = Article(content, "notices/jingti-yanglao-touzi.html");
        Assert.Contains("<img src=\"yanglao-sibu.png\" alt=\"养老院四步骗局\"", body);
        Assert.Contains(("notices/yanglao-sibu.png", "data/notices/yanglao-sibu.png"), content.Files);
    }

    private static (string Body, List<Diagnostic> Diagnostics) Render(
        string slug, string markdown, RecordKind kind = RecordKind.Notice)
    {
        var data = SampleData.WithNoticeBody(slug, markdown);
        var diagnostics = new List<Diagnostic>();

        var content = new PublicSite(data, SampleData.AsOf, null, new NoticeMarkdown()).Build(diagnostics);

        var page = PublicUrls.OutputFolder(kind) + slug + ".html";
        var path = Notice(slug).Source.Path;
        return (Article(content, page), diagnostics.Where(d => d.Span.Path == path).ToList());
    }

    private static string Article(PublicContent content, string path) =>
        ((ArticlePage)content.Pages.Single(p => p.Path == path).Model).Body.Value;

    private static Notice Notice(string slug) => SampleData.Data.Notices.Single(n => n.Slug == slug);
}
