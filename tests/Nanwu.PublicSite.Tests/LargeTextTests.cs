namespace Nanwu.PublicSite.Tests;

/// <summary>大字: one tap, with or without JavaScript; remembered across pages when JavaScript runs.</summary>
[Collection(SiteCollection.Name)]
public sealed class LargeTextTests(BuiltSite site)
{
    [Fact]
    public async Task Without_javascript_one_tap_enlarges_the_page_and_another_restores_it()
    {
        await using var phone = await Phone.Open(site, javaScript: false);
        await phone.Go("notices/jingti-yanglao-touzi.html");
        Assert.Equal(19, await phone.TextSize());

        await phone.Page.ClickAsync("a.dazi-on");
        Assert.Equal(24, await phone.TextSize());
        Assert.True(await phone.Page.IsVisibleAsync("a.dazi-off"));

        await phone.Page.ClickAsync("a.dazi-off");
        Assert.Equal(19, await phone.TextSize());
    }

    [Fact]
    public async Task With_javascript_the_choice_is_kept_for_the_next_pages_until_switched_back()
    {
        await using var phone = await Phone.Open(site);
        await phone.Go("index.html");

        await phone.Page.ClickAsync("a.dazi-on");
        await phone.Go("notices/zhengui-licai.html");
        Assert.Equal(24, await phone.TextSize());

        await phone.Page.ClickAsync("a.dazi-off");
        await phone.Go("cases/index.html");
        Assert.Equal(19, await phone.TextSize());
    }

    [Fact]
    public async Task Every_page_reads_without_javascript()
    {
        await using var phone = await Phone.Open(site, javaScript: false);

        foreach (var path in PhoneLayoutTests.Samples)
        {
            await phone.Go(path);
            Assert.False(string.IsNullOrWhiteSpace(await phone.Page.InnerTextAsync("h1")), path);
            Assert.True((await phone.Page.InnerTextAsync("main")).Length > 40, path);
        }
    }
}
