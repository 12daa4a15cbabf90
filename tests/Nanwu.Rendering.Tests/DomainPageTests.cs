using System.Text.RegularExpressions;
using Nanwu.Records.Diagnostics;
using Nanwu.Rendering.Pages;

namespace Nanwu.Rendering.Tests;

/// <summary>A page per key domain: its current notices and cases, newest first; expired ones gone.</summary>
public sealed partial class DomainPageTests
{
    private static readonly Lazy<SiteFiles> Site = new(() =>
        SiteBuilder.RenderPublic(SampleData.Data, SampleData.Options(Path.GetTempPath()), new DiagnosticBag()).Files);

    [Fact]
    public void The_yanglao_page_lists_the_yanglao_case_then_the_yanglao_notice()
    {
        // data/typical-cases/yanglao-chuangwei-an.md (2025-03-20),
        // data/notices/jingti-yanglao-touzi.md (2024-07-05).
        Assert.Equal(["../cases/yanglao-chuangwei-an.html", "../notices/jingti-yanglao-touzi.html"],
            Links(Site.Value.Text("domains/yanglao.html")));
    }

    [Fact]
    public void A_domain_whose_only_notice_expired_keeps_an_empty_page_and_is_not_offered()
    {
        // 影视投资 is named only by yingshi-wenlv-touzi.md, valid until 2025-03-31.
        Assert.Empty(Links(Site.Value.Text("domains/yingshi-touzi.html")));
        Assert.Contains("暂无内容", Site.Value.Text("domains/yingshi-touzi.html"));
        Assert.DoesNotContain("yingshi-touzi.html", Site.Value.Text("domains/index.html"));
        Assert.DoesNotContain("yingshi-touzi.html", Site.Value.Text("index.html"));
    }

    [Fact]
    public void A_notice_page_links_its_domains_and_its_posters_and_script()
    {
        var page = Site.Value.Text("notices/xuni-huobi-qukuailian.html");

        Assert.Contains("<a href=\"../domains/xuni-huobi.html\">虚拟货币</a>", page);
        Assert.Contains("<a href=\"../domains/qukuailian.html\">区块链</a>", page);
        Assert.Contains("<a href=\"../notices/xuni-huobi-qukuailian.a4.html\">打印海报（A4）</a>", page);
        Assert.Contains("<a href=\"../notices/xuni-huobi-qukuailian.a3.html\">打印海报（A3）</a>", page);
        Assert.Matches("<a href=\"../notices/xuni-huobi-qukuailian.guangbo.html\">广播稿（约 [^<]+）</a>", page);
    }

    private static List<string> Links(string html) =>
        ItemLinks().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<a class=\"item-title\" href=\"([^\"]+)\">")]
    private static partial Regex ItemLinks();
}
