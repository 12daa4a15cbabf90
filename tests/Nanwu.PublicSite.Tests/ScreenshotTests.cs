namespace Nanwu.PublicSite.Tests;

/// <summary>A phone screenshot of each page type, kept under artifacts/ for a person to look at.</summary>
[Collection(SiteCollection.Name)]
public sealed class ScreenshotTests(BuiltSite site)
{
    [Fact]
    public async Task A_screenshot_of_each_page_type_is_saved()
    {
        var shots = new (string Name, string Path)[]
        {
            ("home", "index.html"),
            ("notice-list", "notices/index.html"),
            ("notice", "notices/jingti-yanglao-touzi.html"),
            ("notice-dazi", "notices/jingti-yanglao-touzi.html#dazi"),
            ("notice-expired", "notices/yingshi-wenlv-touzi.html"),
            ("case", "cases/yanglao-chuangwei-an.html"),
            ("domains", "domains/index.html"),
            ("domain", "domains/yanglao.html"),
            ("search", "search.html?q=养老"),
            ("report", "ruhe-jubao.html"),
            ("poster-a4", "notices/jingti-yanglao-touzi.a4.html"),
            ("broadcast", "notices/jingti-yanglao-touzi.guangbo.html"),
        };
        await using var phone = await Phone.Open(site, javaScript: false);
        await using var searching = await Phone.Open(site);

        foreach (var (name, path) in shots)
        {
            var page = path.StartsWith("search", StringComparison.Ordinal) ? searching : phone;
            await page.Go(path);
            if (page == searching)
            {
                await page.Page.WaitForSelectorAsync("#search-results li");
            }

            var file = Artifacts.PathOf($"{name}.png");
            await page.Page.ScreenshotAsync(new() { Path = file, FullPage = true });
            Assert.True(new FileInfo(file).Length > 10_000, file);
        }
    }
}
