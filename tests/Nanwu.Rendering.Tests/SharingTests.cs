using System.Xml.Linq;
using Nanwu.Records.Diagnostics;
using Nanwu.Rendering.Public.Sharing;

namespace Nanwu.Rendering.Tests;

/// <summary>
/// The site's address: given by --base-url, or the reserved placeholder; used by every absolute link.
/// </summary>
public sealed class SharingTests
{
    [Theory]
    [InlineData("https://www.example.gov.cn/fangfei", "https://www.example.gov.cn/fangfei/")]
    [InlineData("https://www.example.gov.cn/fangfei/", "https://www.example.gov.cn/fangfei/")]
    [InlineData("http://192.0.2.7", "http://192.0.2.7/")]
    public void A_base_address_is_taken_as_the_site_root(string given, string root)
    {
        Assert.True(SiteAddress.TryParse(given, out var address, out _));
        Assert.Equal(root, address.Root);
        Assert.Equal(root + "notices/a.html", address.Of("notices/a.html"));
    }

    [Theory]
    [InlineData("www.example.gov.cn")]
    [InlineData("ftp://example.gov.cn/")]
    [InlineData("https://example.gov.cn/?from=wechat")]
    [InlineData("https://example.gov.cn/#top")]
    public void An_address_that_is_no_site_root_is_refused_with_an_example(string given)
    {
        Assert.False(SiteAddress.TryParse(given, out _, out var problem));
        Assert.Contains("https://www.example.gov.cn/fangfei/", problem);
    }

    [Fact]
    public void Without_an_address_the_reserved_placeholder_is_used()
    {
        Assert.True(SiteAddress.From(null).IsPlaceholder);
        Assert.Equal("https://nanwu.invalid/", SiteAddress.From(" ").Root);
    }

    [Fact]
    public void The_feed_sitemap_canonical_links_and_qr_codes_follow_the_given_address()
    {
        var options = SampleData.Options(Path.GetTempPath()) with { BaseUrl = "https://www.example.gov.cn/fangfei" };

        var files = SiteBuilder.RenderPublic(SampleData.Data, options, new DiagnosticBag()).Files;

        const string Root = "https://www.example.gov.cn/fangfei/";
        var feed = XDocument.Parse(files.Text("feed.xml"));
        Assert.All(feed.Descendants().Where(e => e.Name.LocalName == "id"), id => Assert.StartsWith(Root, id.Value));
        var sitemap = XDocument.Parse(files.Text("sitemap.xml"));
        var locations = sitemap.Descendants().Where(e => e.Name.LocalName == "loc");
        Assert.All(locations, loc => Assert.StartsWith(Root, loc.Value));
        Assert.Contains($"<link rel=\"canonical\" href=\"{Root}notices/zhengui-licai.html\">",
            files.Text("notices/zhengui-licai.html"));
        Assert.All(files.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)),
            p => Assert.DoesNotContain("nanwu.invalid", files.Text(p)));
    }
}
