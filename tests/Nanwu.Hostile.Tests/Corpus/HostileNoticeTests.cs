using System.Text;

namespace Nanwu.Hostile.Tests.Corpus;

/// <summary>
/// A notice with script, iframe, event attributes and javascript: links in its body and web code
/// in its front matter, through the whole pipeline: what must not reach a page is removed or
/// escaped, and each is reported with its file, line and column.
/// </summary>
public sealed class HostileNoticeTests
{
    private const string Path0 = "data/notices/tishi-hostile.md";

    private const string Notice = """
        ---
        $schema: ../../schemas/notice.schema.json
        标题: "<script>alert('标题')</script>防范提示"
        发布单位: 石泉乡人民政府
        发布日期: 2024-11-01
        有效期至:
        领域:
          - 其他
        摘要: <img src=x onerror=alert(1)>看清套路。
        ---
        第一段。

        <script>alert(1)</script>

        看这里 <iframe src="https://evil.example/"></iframe> 结束。

        图片 <img src="x.png" onerror="alert(2)"> 之后。

        [点我领奖](javascript:alert(3)) 和 [举报](https://www.12377.cn)

        ## 小标题 {onclick="alert(4)"}

        """;

    [Fact]
    public void Unsafe_body_and_front_matter_are_removed_or_escaped_and_each_is_reported_with_its_place()
    {
        using var repo = SmallTownship.Create();
        repo.Write(Path0, Notice);

        var outcome = WholePipeline.Run(repo.Root, SmallTownship.AsOf);

        const string Removed = "，已从页面中去除；公告只用 Markdown 的文字、标题、列表、链接和图片";
        const string Escaped = "，页面上会原样显示为文字，不会执行；标题、摘要等只写文字，请删去它";
        Assert.Equal(
        [
            $"{Path0}:3:5: 警告 H003: 标题: 这里有网页代码“<script>”{Escaped}",
            $"{Path0}:9:5: 警告 H003: 摘要: 这里有网页代码“<img>”{Escaped}",
            $"{Path0}:13:1: 警告 R019: 正文中有网页代码“<script>”{Removed}",
            $"{Path0}:15:5: 警告 R019: 正文中有网页代码“<iframe>”{Removed}",
            $"{Path0}:17:4: 警告 R019: 正文中有网页代码“<img>”{Removed}",
            $"{Path0}:19:1: 警告 R019: 正文中有不安全的链接“javascript:”{Removed}",
            $"{Path0}:21:1: 警告 R019: 正文中有自定义属性“onclick”{Removed}",
        ], outcome.Lines);

        var page = Encoding.UTF8.GetString(outcome.Public.All.Single(f => f.Key == "notices/tishi-hostile.html").Value);
        // Raw tags and attributes only: escaped text such as &lt;img … onerror=… &gt; is harmless.
        var banned = new[]
        {
            "<script>alert", "<iframe", "<img src=x", "<img src=\"x.png\"", "onerror=\"", "onclick=\"",
            "href=\"javascript", "evil.example",
        };
        foreach (var raw in banned)
        {
            Assert.DoesNotContain(raw, page, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("&lt;script&gt;alert(", page);
        Assert.Contains("点我领奖", page);
        Assert.Contains("href=\"https://www.12377.cn\"", page);
    }

    [Fact]
    public void A_body_nested_hundreds_deep_is_reported_and_left_out_instead_of_crashing_the_build()
    {
        using var repo = SmallTownship.Create();
        var frontMatter = Notice[..(Notice.IndexOf("---\n第一段", StringComparison.Ordinal) + 4)]
            .Replace("<script>alert('标题')</script>", "").Replace("<img src=x onerror=alert(1)>", "");
        repo.Write(Path0, frontMatter + "开头\n\n" + string.Concat(Enumerable.Repeat("> ", 300)) + "很深\n");

        var outcome = WholePipeline.Run(repo.Root, SmallTownship.AsOf);

        Assert.Equal(
            [$"{Path0}:11:1: 错误 H006: 正文里有套了上百层的引用（>）、列表或强调符号（*），无法排版，页面上没有显示正文；" +
             "请删去多余的“>”“-”“*”，引用和列表套两三层就够了"],
            outcome.Lines);
        var page = Encoding.UTF8.GetString(outcome.Public.All.Single(f => f.Key == "notices/tishi-hostile.html").Value);
        Assert.DoesNotContain("很深", page);
    }

    [Fact]
    public void Web_code_in_front_matter_is_escaped_on_every_public_page_that_shows_it()
    {
        using var repo = SmallTownship.Create();
        repo.Write(Path0, Notice);

        var outcome = WholePipeline.Run(repo.Root, SmallTownship.AsOf);

        foreach (var (path, bytes) in outcome.Public.All.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain("<script>alert('标题')", html);
            Assert.DoesNotContain("<img src=x", html);
        }
    }
}
