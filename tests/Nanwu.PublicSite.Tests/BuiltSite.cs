using Microsoft.Playwright;
using Nanwu.Aggregation;
using Nanwu.Loading;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;
using Nanwu.Rendering;
using Nanwu.TestSupport;

namespace Nanwu.PublicSite.Tests;

/// <summary>
/// The sample data built once into a temporary folder (search index included), served on
/// 127.0.0.1, with one headless Debian Chromium shared by every test of the collection.
/// </summary>
public sealed class BuiltSite : IAsyncLifetime
{
    public static readonly DateOnly AsOf = new(2025, 7, 20);

    private readonly string _output = Path.Combine(Path.GetTempPath(), "nanwu-site-" + Guid.NewGuid().ToString("N"));
    private StaticServer? _server;
    private IPlaywright? _playwright;

    public DataSet Data { get; private set; } = null!;

    public IReadOnlyList<Diagnostic> Diagnostics { get; private set; } = [];

    public string Folder => Path.Combine(_output, "public");

    public IBrowser Browser { get; private set; } = null!;

    public StaticServer Server => _server!;

    /// <summary>Every HTML page of the site, by path from the site root.</summary>
    public IReadOnlyList<string> Pages =>
        Directory.EnumerateFiles(Folder, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public async Task InitializeAsync()
    {
        var bag = new DiagnosticBag();
        Data = new DataLoader(Repo.Root, ReadLimits.Default).Load(bag);
        SiteBuilder.Build(Data, Aggregator.Summarise(Data, AsOf), new SiteOptions(Repo.Root, _output, AsOf, null), bag);
        Diagnostics = bag.Sorted();
        if (!File.Exists(Path.Combine(Folder, "index.html")))
        {
            throw new InvalidOperationException(
                "the public site was not published:\n" + string.Join("\n", Diagnostics));
        }

        _server = new StaticServer(Folder);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        _server?.Dispose();
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }
}
