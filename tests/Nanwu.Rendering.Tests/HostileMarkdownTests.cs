using Nanwu.Records.Diagnostics;
using Nanwu.Rendering.Markdown;
using Nanwu.Rendering.Public;

namespace Nanwu.Rendering.Tests;

/// <summary>
/// Notice bodies are Markdown from clerks: what a public page must not carry is removed and reported.
/// </summary>
public sealed class HostileMarkdownTests
{
    private const string Hostile = """
        第一段，正常的文字。

        <script>alert(1)</script>

        看这里 <iframe src="https://evil.example/"></iframe> 结束。

        图片 <img src="x.png" onerror="alert(1)"> 之后。

        [点我领奖](javascript:alert(1)) 和 [全国举报平台](https://www.12377.cn)
        """;

    private static readonly NoticeMarkdown Markdown = new();

    [Fact]
    public void Script_iframe_event_attribute_and_javascript_link_are_removed_and_reported_with_their_file_lines()
    {
        var data = SampleData.WithNoticeBody("zhengui-licai", Hostile);
        var notice = data.Notices.Single(n => n.Slug == "zhengui-licai");
        var diagnostics = new List<Diagnostic>();

        var pages = new PublicSite(data, SampleData.AsOf, null, Markdown).Build(diagnostics).Pages;

        var body = ((Public.Models.ArticlePage)pages.Single(p => p.Path == "notices/zhengui-licai.html").Model)
            .Body.Value;
        foreach (var banned in new[] { "<script", "alert", "<iframe", "evil.example", "onerror", "javascript:" })
        {
            Assert.DoesNotContain(banned, body, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("点我领奖", body);
        Assert.Contains("<a href=\"https://www.12377.cn\">全国举报平台</a>", body);
        Assert.All(diagnostics, d => Assert.Equal(Codes.UnsafeMarkdown, d.Code));
        Assert.All(diagnostics, d => Assert.Equal(notice.Source.Path, d.Span.Path));
        var line = notice.BodyLine;
        Assert.Equal(
            [(line + 2, "<script>"), (line + 4, "<iframe>"), (line + 6, "<img>"), (line + 8, "javascript:")],
            diagnostics.Select(d => (d.Span.Line, Quoted(d.Message))));
    }

    [Theory]
    [InlineData("[x](JaVaScRiPt:alert(1))", "javascript:")]
    [InlineData("[x](&#106;avascript:alert(1))", "javascript:")]
    [InlineData("[x](<java\tscript:alert(1)>)", "javascript:")]
    [InlineData("[x](vbscript:msgbox(1))", "vbscript:")]
    [InlineData("![x](data:image/png;base64,AAAA)", "data:")]
    [InlineData("<javascript:alert(1)>", "javascript:")]
    [InlineData("[x]\n\n[x]: javascript:alert(1)", "javascript:")]
    [InlineData("## 标题 {onclick=\"alert(1)\"}", "onclick")]
    [InlineData("<a href=\"https://a.example\" onmouseover=\"alert(1)\">x</a>", "onmouseover")]
    [InlineData("<div>\n<style>body{display:none}</style>\n</div>", "display:none")]
    [InlineData("![海报](https://evil.example/track.png)", "evil.example")]
    [InlineData("![视频](https://www.youtube.com/watch?v=abc)", "youtube")]
    [InlineData("<!-- 备注：内部 -->", "内部")]
    public void Unsafe_content_is_removed_and_reported(string markdown, string banned)
    {
        var rendered = Markdown.Render(markdown);

        Assert.NotEmpty(rendered.Findings);
        Assert.DoesNotContain(banned, rendered.Body.Value, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", rendered.Body.Value, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[举报平台](https://www.12377.cn)", "href=\"https://www.12377.cn\"")]
    [InlineData("[发邮件](mailto:office@example.org)", "href=\"mailto:office@example.org\"")]
    [InlineData("[打电话](tel:0358-5550100)", "href=\"tel:0358-5550100\"")]
    [InlineData("[如何举报](../ruhe-jubao.html)", "href=\"../ruhe-jubao.html\"")]
    [InlineData("![海报](poster.png)", "src=\"poster.png\"")]
    [InlineData("## 集资 公告", "id=\"集资-公告\"")]
    [InlineData("**注意：**正规机构", "<strong>注意：</strong>")]
    [InlineData("前面**（注）**后面", "<strong>（注）</strong>")]
    public void Ordinary_markdown_passes_unchanged(string markdown, string expected)
    {
        var rendered = Markdown.Render(markdown);

        Assert.Empty(rendered.Findings);
        Assert.Contains(expected, rendered.Body.Value);
    }

    [Fact]
    public void A_file_beside_the_notice_is_listed_for_copying_and_others_are_not()
    {
        var rendered = Markdown.Render("![海报](./poster.png) [表格](form.pdf) [别处](../pages/x.pdf)");

        Assert.Equal(["form.pdf", "poster.png"], rendered.LocalFiles);
    }

    private static string Quoted(string message) =>
        message[(message.IndexOf('“') + 1)..message.IndexOf('”')];
}
