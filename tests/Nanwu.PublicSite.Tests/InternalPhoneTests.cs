using Nanwu.Aggregation;
using Nanwu.Records.Diagnostics;
using Nanwu.Rendering;
using Nanwu.TestSupport;

namespace Nanwu.PublicSite.Tests;

/// <summary>
/// The internal portal's checks page on a 375 px phone: long file paths wrap instead of pushing
/// the page sideways (the tables scroll inside their own box).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class InternalPhoneTests(BuiltSite site) : IDisposable
{
    private readonly string _output =
        Path.Combine(Path.GetTempPath(), "nanwu-internal-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Fact]
    public async Task The_checks_page_does_not_scroll_sideways_at_375_px()
    {
        Diagnostic[] planted =
        [
            Messages.UnsafeMarkdown(new SourceSpan("data/villages/dongzhuang/clues/2024-001.yaml", 6, 13),
                "网页代码“<iframe>”"),
            Messages.AssetUnused("data/typical-cases/yanglao-chuangwei-an-xianchang-zhaopian-2025-03-18.png"),
        ];
        var options = new SiteOptions(Repo.Root, _output, BuiltSite.AsOf, null);
        var files = SiteBuilder.RenderInternal(site.Data, Aggregator.Summarise(site.Data, BuiltSite.AsOf), options,
            planted).Files;
        foreach (var (path, bytes) in files.All)
        {
            var full = Path.Combine(_output, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }

        await using var context = await site.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 375, Height = 812 },
            Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(_output, "checks.html")).AbsoluteUri);

        Assert.Contains("yanglao-chuangwei-an-xianchang-zhaopian", await page.InnerTextAsync("main"));
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"checks.html is {width}px wide");
    }
}
