namespace Nanwu.PublicSite.Tests;

/// <summary>A link shared in a chat shows a title, a summary and a picture that the site serves.</summary>
[Collection(SiteCollection.Name)]
public sealed class ShareTests(BuiltSite site)
{
    [Theory]
    [InlineData("notices/jingti-yanglao-touzi.html", "notices/yanglao-sibu.png")]
    [InlineData("notices/zhengui-licai.html", "assets/share.png")]
    [InlineData("index.html", "assets/share.png")]
    public async Task Open_graph_names_title_summary_and_a_served_picture_shown_early(string path, string picture)
    {
        await using var phone = await Phone.Open(site);
        await phone.Go(path);

        var notice = site.Data.Notices
            .FirstOrDefault(n => path.EndsWith("/" + n.Slug + ".html", StringComparison.Ordinal));
        var title = await Meta(phone, "og:title");
        Assert.StartsWith(notice?.Title ?? "首页", title);
        if (notice is not null)
        {
            Assert.Equal(notice.Summary, await Meta(phone, "og:description"));
        }

        Assert.Equal("https://nanwu.invalid/" + picture, await Meta(phone, "og:image"));
        using var http = new HttpClient();
        var image = await http.GetByteArrayAsync(site.Server.Url(picture));
        using var decoded = SixLabors.ImageSharp.Image.Load(image);
        Assert.True(decoded.Width >= 300 && decoded.Height >= 300, $"{decoded.Width}×{decoded.Height}");

        // Chat apps that ignore Open Graph take the first sizeable picture of the page: the header's.
        var first = await phone.Page.EvalOnSelectorAsync<string>("body img", "i => i.getAttribute('src')");
        Assert.EndsWith("assets/share.png", first);
    }

    private static async Task<string?> Meta(Phone phone, string property) =>
        await phone.Page.GetAttributeAsync($"meta[property='{property}']", "content");
}
