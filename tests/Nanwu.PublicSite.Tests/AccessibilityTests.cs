using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Nanwu.PublicSite.Tests;

/// <summary>
/// axe-core in Chromium: no serious or critical violation, colour contrast included, in both text sizes.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class AccessibilityTests(BuiltSite site)
{
    public static TheoryData<string, string> Pages() => new()
    {
        { "index.html", "normal" },
        { "index.html", "dazi" },
        { "notices/jingti-yanglao-touzi.html", "normal" },
        { "notices/jingti-yanglao-touzi.html", "dazi" },
        { "search.html?q=养老", "normal" },
        { "search.html?q=养老", "dazi" },
        { "notices/jingti-yanglao-touzi.a4.html", "normal" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_serious_or_critical_violation(string path, string mode)
    {
        await using var phone = await Phone.Open(site);
        await phone.Go(path);
        if (mode == "dazi")
        {
            await phone.Page.ClickAsync("a.dazi-on");
            Assert.True(await phone.TextSize() >= 24);
        }

        if (path.StartsWith("search.html?", StringComparison.Ordinal))
        {
            await phone.Page.WaitForSelectorAsync("#search-results li");
        }

        var result = await phone.Page.RunAxe();

        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(" | ", v.Nodes.Select(n => n.Html))}");
        Assert.Empty(bad);
        Assert.Contains(result.Passes, p => p.Id == "color-contrast");
    }
}
