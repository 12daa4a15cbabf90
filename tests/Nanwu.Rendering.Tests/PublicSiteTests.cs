using System.Text.RegularExpressions;
using Nanwu.Records.Diagnostics;
using Nanwu.Rendering.Pages;

namespace Nanwu.Rendering.Tests;

/// <summary>The residents' site: every page self-contained, readable on a phone, with its footer and date.</summary>
public sealed partial class PublicSiteTests
{
    private static readonly Lazy<SiteFiles> Site = new(() =>
        SiteBuilder.RenderPublic(SampleData.Data, SampleData.Options(Path.GetTempPath()), new DiagnosticBag()).Files);

    private static IEnumerable<(string Path, string Html)> Pages =>
        Site.Value.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Select(p => (p, Site.Value.Text(p)));

    [Fact]
    public void Every_page_is_chinese_has_the_footer_and_the_as_of_date_and_only_its_own_scripts()
    {
        var township = SampleData.Data.Township!;

        Assert.All(Pages, page =>
        {
            Assert.Contains("<html lang=\"zh-CN\">", page.Html);
            Assert.Contains("数据截止日：2025年7月20日", page.Html);
            Assert.Contains($"主办单位：{township.Host}", page.Html);
            Assert.Contains(township.Phone, page.Html);
            if (!IsPoster(page.Path))
            {
                Assert.Contains(township.IcpNumber, page.Html);
                Assert.Contains($"网站标识码：{township.SiteCode}", page.Html);
            }

            var root = string.Concat(Enumerable.Repeat("../", page.Path.Count(c => c == '/')));
            Assert.All(Scripts().Matches(page.Html), script => Assert.Matches(
                $"^<script src=\"{Regex.Escape(root)}assets/[a-z]+\\.js\"( defer)?></script>$", script.Value));
        });
    }

    [Fact]
    public void Pages_load_nothing_from_elsewhere_and_link_relatively()
    {
        Assert.All(Pages, page =>
        {
            // The canonical link names the page's own address; it loads nothing.
            var loading = CanonicalLink().Replace(page.Html, "");
            Assert.Empty(ExternalLoads().Matches(loading));
            Assert.Empty(RootLinks().Matches(page.Html));
            var depth = page.Path.Count(c => c == '/');
            var css = IsPoster(page.Path) ? "poster.css" : "site.css";
            Assert.Contains($"href=\"{string.Concat(Enumerable.Repeat("../", depth))}assets/{css}\"", page.Html);
        });
        Assert.True(Site.Value.Contains("assets/site.css"));
    }

    [Fact]
    public void Expired_notices_leave_the_lists_but_keep_their_page_marked_expired()
    {
        var expired = SampleData.Data.Notices.Where(n => n.IsExpired(SampleData.AsOf)).ToList();

        Assert.NotEmpty(expired);
        foreach (var notice in expired)
        {
            var url = Public.PublicUrls.Of(notice);
            Assert.DoesNotContain(url, Site.Value.Text("index.html"));
            Assert.DoesNotContain(notice.Slug, Site.Value.Text("notices/index.html"));
            Assert.Contains("已过期", Site.Value.Text(url));
            Assert.Contains("<title>【已过期】", Site.Value.Text(url));
        }
    }

    [Fact]
    public void The_home_page_leads_to_how_to_report_and_lists_newest_notices_first()
    {
        var home = Site.Value.Text("index.html");

        Assert.Contains("<a class=\"button\" href=\"ruhe-jubao.html\">如何举报</a>", home);
        var current = SampleData.Data.Notices
            .Where(n => n.Kind == Records.Model.RecordKind.Notice && !n.IsExpired(SampleData.AsOf))
            .OrderByDescending(n => n.PublishedOn).Take(2).ToList();
        Assert.True(home.IndexOf(current[0].Title, StringComparison.Ordinal)
            < home.IndexOf(current[1].Title, StringComparison.Ordinal));
    }

    [Fact]
    public void A_notice_page_with_its_css_stays_well_under_50_kb()
    {
        var css = Site.Value.Text("assets/site.css");

        Assert.All(Pages.Where(p => p.Path.StartsWith("notices/", StringComparison.Ordinal)),
            page => Assert.True(System.Text.Encoding.UTF8.GetByteCount(page.Html + css) < 25_000, page.Path));
    }

    [Fact]
    public void The_css_sets_large_text_roomy_lines_and_large_touch_targets()
    {
        var css = Site.Value.Text("assets/site.css");
        var body = BodyRule().Match(css).Value;

        Assert.True(int.Parse(FontSize().Match(body).Groups[1].Value) >= 18);
        Assert.True(double.Parse(LineHeight().Match(body).Groups[1].Value) >= 1.6);
        Assert.All(MinHeights().Matches(css), m => Assert.True(int.Parse(m.Groups[1].Value) >= 44));
        Assert.DoesNotContain("@import", css);
        Assert.DoesNotContain("url(", css);
    }

    [Fact]
    public void Values_are_escaped_in_pages()
    {
        var data = SampleData.Data with
        {
            Notices = SampleData.Data.Notices
                .Select(n => n.Slug == "zhengui-licai" ? n with { Title = "<b>标题</b>&\"引号\"" } : n).ToList(),
        };

        var files = SiteBuilder.RenderPublic(data, SampleData.Options(Path.GetTempPath()), new DiagnosticBag()).Files;

        var page = files.Text("notices/zhengui-licai.html");
        Assert.Contains("&lt;b&gt;标题&lt;/b&gt;&amp;&quot;引号&quot;", page);
        Assert.DoesNotContain("<b>标题", page);
    }

    [GeneratedRegex("""(?:src|href)="(?:https?:)?//""")]
    private static partial Regex ExternalLoads();

    // A printed poster carries the host, the date and the phone, not the web site's registration.
    private static bool IsPoster(string path) => path.Contains(".a4.") || path.Contains(".a3.");

    [GeneratedRegex("""<link rel="canonical" href="[^"]*">""")]
    private static partial Regex CanonicalLink();

    [GeneratedRegex("""<script\b[^>]*>[^<]*</script>""")]
    private static partial Regex Scripts();

    [GeneratedRegex("""(?:src|href)="/""")]
    private static partial Regex RootLinks();

    [GeneratedRegex(@"(?s)\nbody \{.*?\}")]
    private static partial Regex BodyRule();

    [GeneratedRegex(@"font-size: (\d+)px")]
    private static partial Regex FontSize();

    [GeneratedRegex(@"line-height: ([\d.]+)")]
    private static partial Regex LineHeight();

    [GeneratedRegex(@"min-height: (\d+)px")]
    private static partial Regex MinHeights();
}
