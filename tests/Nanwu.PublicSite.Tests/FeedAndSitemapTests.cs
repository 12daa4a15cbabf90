using System.Xml.Linq;
using Nanwu.Records.Model;

namespace Nanwu.PublicSite.Tests;

/// <summary>The feed and the sitemap, fetched from the server and parsed as XML.</summary>
[Collection(SiteCollection.Name)]
public sealed class FeedAndSitemapTests(BuiltSite site)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Base = "https://nanwu.invalid/";

    [Fact]
    public async Task The_feed_lists_every_current_notice_and_case_newest_first_and_no_expired_one()
    {
        var feed = await Fetch("feed.xml");

        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        var expected = Items().Where(n => n.ExpiresOn is not { } e || e >= BuiltSite.AsOf)
            .OrderByDescending(n => n.PublishedOn).ThenBy(Address, StringComparer.Ordinal).Select(Address);
        Assert.Equal(expected, entries.Select(e => e.Element(Atom + "link")!.Attribute("href")!.Value));
        Assert.Equal(entries.Select(e => e.Element(Atom + "id")!.Value),
            entries.Select(e => e.Element(Atom + "link")!.Attribute("href")!.Value));
        Assert.DoesNotContain(entries, e => e.Element(Atom + "id")!.Value.Contains("yingshi-wenlv-touzi"));
        Assert.Equal("2025-07-15T00:00:00+08:00", feed.Root.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public async Task The_sitemap_lists_every_notice_and_case_page_expired_ones_included()
    {
        var sitemap = await Fetch("sitemap.xml");

        var locations = sitemap.Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.All(Items().Select(Address), url => Assert.Contains(url, locations));
        Assert.Contains(Base + "index.html", locations);
        Assert.Contains(Base + "domains/yanglao.html", locations);
        Assert.DoesNotContain(locations, l => l.Contains(".a4.") || l.Contains(".guangbo."));
        Assert.All(locations, l => Assert.True(File.Exists(Path.Combine(site.Folder, l[Base.Length..])), l));
    }

    [Fact]
    public async Task Every_page_links_the_feed_and_names_its_canonical_address()
    {
        await using var phone = await Phone.Open(site);

        await phone.Go("notices/jingti-yanglao-touzi.html");

        Assert.Equal("../feed.xml", await Attribute(phone, "link[rel=alternate][type='application/atom+xml']", "href"));
        Assert.Equal(Base + "notices/jingti-yanglao-touzi.html", await Attribute(phone, "link[rel=canonical]", "href"));
    }

    // The notices and cases, read from the file names in data/ and their front matter.
    private IEnumerable<Notice> Items() =>
        site.Data.Notices.Where(n => n.Kind is RecordKind.Notice or RecordKind.TypicalCase);

    private static string Address(Notice n) =>
        Base + (n.Kind == RecordKind.Notice ? "notices/" : "cases/")
        + Path.GetFileNameWithoutExtension(n.Source.Path) + ".html";

    private async Task<XDocument> Fetch(string path)
    {
        using var http = new HttpClient();
        var text = await http.GetStringAsync(site.Server.Url(path));
        return XDocument.Parse(text);
    }

    private static async Task<string?> Attribute(Phone phone, string selector, string name) =>
        await phone.Page.GetAttributeAsync(selector, name);
}
