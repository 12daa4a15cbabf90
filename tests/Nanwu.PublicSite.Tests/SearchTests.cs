namespace Nanwu.PublicSite.Tests;

/// <summary>Chinese search from a plain static host: Pagefind's index, searched in the browser.</summary>
[Collection(SiteCollection.Name)]
public sealed class SearchTests(BuiltSite site)
{
    [Fact]
    public async Task A_search_for_yanglao_lists_the_yanglao_notice_and_case()
    {
        await using var phone = await Phone.Open(site);

        await phone.Go("search.html?q=" + Uri.EscapeDataString("养老"));
        await phone.Page.WaitForSelectorAsync("#search-results li");

        var links = await Results(phone);
        Assert.Contains("notices/jingti-yanglao-touzi.html", links);
        Assert.Contains("cases/yanglao-chuangwei-an.html", links);
        Assert.Equal("养老", await phone.Page.InputValueAsync("#q"));
        Assert.Contains("养老", await phone.Page.InnerTextAsync("#search-results mark"));
    }

    [Fact]
    public async Task The_form_searches_in_place_and_a_result_opens_its_notice()
    {
        await using var phone = await Phone.Open(site);
        await phone.Go("search.html");

        await phone.Page.FillAsync("#q", "虚拟货币");
        await phone.Page.ClickAsync(".search-form button");
        await phone.Page.WaitForSelectorAsync("#search-results li");

        Assert.Contains("notices/xuni-huobi-qukuailian.html", await Results(phone));
        Assert.EndsWith("search.html?q=" + Uri.EscapeDataString("虚拟货币"), phone.Page.Url);
        await phone.Page.ClickAsync("#search-results a[href='notices/xuni-huobi-qukuailian.html']");
        Assert.Contains("虚拟货币", await phone.Page.InnerTextAsync("h1"));
    }

    [Fact]
    public async Task Only_current_articles_are_found_and_the_home_page_search_box_leads_here()
    {
        await using var phone = await Phone.Open(site);
        await phone.Go("index.html");

        // 集资 is in nearly every notice; the expired 影视投资 notice and the lists must not come up.
        await phone.Page.FillAsync("#q", "集资");
        await phone.Page.ClickAsync(".search-form button");
        await phone.Page.WaitForSelectorAsync("#search-results li");

        var links = await Results(phone);
        var expected = site.Data.Notices
            .Where(n => !n.IsExpired(BuiltSite.AsOf))
            .Where(n => (n.Title + n.Markdown).Contains("集资", StringComparison.Ordinal))
            .Select(n => Rendering.Public.PublicUrls.Of(n))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, links.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("notices/yingshi-wenlv-touzi.html", links);
    }

    [Fact]
    public async Task Without_javascript_the_search_page_says_so_and_offers_the_domains()
    {
        await using var phone = await Phone.Open(site, javaScript: false);

        await phone.Go("search.html?q=" + Uri.EscapeDataString("养老"));

        Assert.Contains("JavaScript", await phone.Page.InnerTextAsync("main"));
        Assert.True(await phone.Page.IsVisibleAsync("main .chips a[href='domains/yanglao.html']"));
    }

    private static async Task<IReadOnlyList<string>> Results(Phone phone) =>
        await phone.Page.EvalOnSelectorAllAsync<string[]>(
            "#search-results a", "all => all.map(a => a.getAttribute('href'))");
}
