namespace Nanwu.PublicSite.Tests;

/// <summary>Every page on a 375 px phone: nothing to scroll sideways, large text, nothing from elsewhere.</summary>
[Collection(SiteCollection.Name)]
public sealed class PhoneLayoutTests(BuiltSite site)
{
    // Pages of every type, for the checks that need not visit all of them.
    public static readonly string[] Samples =
    [
        "index.html", "notices/index.html", "notices/jingti-yanglao-touzi.html", "cases/yanglao-chuangwei-an.html",
        "domains/index.html", "domains/yanglao.html", "search.html", "ruhe-jubao.html",
        "notices/jingti-yanglao-touzi.guangbo.html", "notices/yingshi-wenlv-touzi.html",
    ];

    [Fact]
    public async Task No_page_scrolls_sideways_at_375_px_or_asks_any_other_host_for_anything()
    {
        await using var phone = await Phone.Open(site);
        var own = site.Server.Url("");
        var elsewhere = new List<string>();
        phone.Page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(own, StringComparison.Ordinal))
            {
                elsewhere.Add(request.Url);
            }
        };
        var wide = new List<string>();

        // Every page, then a page of each type in large text; the search runs, loading its index.
        foreach (var path in site.Pages.Concat(Samples.Select(s => s + "#dazi")).Append("search.html?q=集资"))
        {
            await phone.Go(path);
            var width = await phone.Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (width > 375)
            {
                wide.Add($"{path}: {width}px");
            }
        }

        await phone.Page.WaitForSelectorAsync("#search-results li");
        Assert.True(site.Pages.Count >= 50, $"only {site.Pages.Count} pages");
        Assert.Empty(wide);
        Assert.Empty(elsewhere);
    }

    [Fact]
    public async Task Body_text_is_at_least_18_px_and_24_px_in_large_text()
    {
        // Without JavaScript, so the large-text choice of one visit is not remembered for the next.
        await using var phone = await Phone.Open(site, javaScript: false);

        foreach (var path in Samples)
        {
            await phone.Go(path);
            var sizes = await phone.Page.EvalOnSelectorAllAsync<double[]>(
                "main p, main li", "all => all.map(e => parseFloat(getComputedStyle(e).fontSize))");
            Assert.NotEmpty(sizes);
            Assert.All(sizes, size => Assert.True(size >= 18, $"{path}: {size}px"));

            await phone.Go(path + "#dazi");
            Assert.True(await phone.TextSize() >= 24, path + "#dazi");
        }
    }
}
