using Microsoft.Playwright;

namespace Nanwu.PublicSite.Tests;

/// <summary>
/// A browser tab at a phone's width (375 × 812 CSS pixels) with its own storage; closed when disposed.
/// </summary>
public sealed class Phone : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly StaticServer _server;

    private Phone(IBrowserContext context, IPage page, StaticServer server)
    {
        _context = context;
        _server = server;
        Page = page;
    }

    public IPage Page { get; }

    /// <param name="site">The site and browser.</param>
    /// <param name="javaScript">Whether scripts run.</param>
    /// <param name="pixelRatio">Device pixels per CSS pixel; phones have 2 or 3.</param>
    public static async Task<Phone> Open(BuiltSite site, bool javaScript = true, float pixelRatio = 1)
    {
        var context = await site.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 375, Height = 812 },
            JavaScriptEnabled = javaScript,
            Locale = "zh-CN",
            DeviceScaleFactor = pixelRatio,
        });
        return new Phone(context, await context.NewPageAsync(), site.Server);
    }

    /// <summary>Opens a page of the site by its path (with an optional #fragment) and waits for it to load.</summary>
    public async Task<IResponse?> Go(string path) =>
        await Page.GotoAsync(_server.Url(path), new() { WaitUntil = WaitUntilState.Load });

    /// <summary>The computed font size, in CSS pixels, of the first element matching a selector.</summary>
    public async Task<double> FontSize(string selector) =>
        await Page.EvalOnSelectorAsync<double>(selector, "e => parseFloat(getComputedStyle(e).fontSize)");

    /// <summary>The font size of the page's running text (not of its labels and dates).</summary>
    public async Task<double> TextSize() =>
        await Page.EvaluateAsync<double>("""
            () => {
              const running = ['.body p', '.script p', '.report-box p', '.item-summary', '.search-form label',
                '.chips a'].map(s => document.querySelector('main ' + s)).find(e => e);
              return parseFloat(getComputedStyle(running).fontSize);
            }
            """);

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
