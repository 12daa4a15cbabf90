using System.Text.RegularExpressions;
using Nanwu.Records.Model;

namespace Nanwu.PublicSite.Tests;

/// <summary>Posters: the QR code opens the notice's page, and each poster prints on one sheet.</summary>
[Collection(SiteCollection.Name)]
public sealed partial class PosterTests(BuiltSite site)
{
    [Fact]
    public async Task The_qr_code_on_every_poster_decodes_to_its_notices_address()
    {
        // At a phone camera's view of the screen: three device pixels per CSS pixel.
        await using var phone = await Phone.Open(site, pixelRatio: 3);
        var posters = Posters().ToList();

        foreach (var (path, address) in posters)
        {
            await phone.Go(path);
            var qr = await phone.Page.Locator("svg.qr").ScreenshotAsync();
            Assert.Equal(address, QrDecoder.Decode(qr));
        }

        Assert.Equal(2 * site.Data.Notices.Count(n => n.Kind is RecordKind.Notice or RecordKind.TypicalCase),
            posters.Count);
    }

    [Fact]
    public async Task Every_poster_prints_on_exactly_one_sheet_of_its_paper()
    {
        await using var phone = await Phone.Open(site);

        foreach (var (path, _) in Posters())
        {
            await phone.Go(path);
            var pdf = await phone.Page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
            Assert.True(PageCount(pdf) == 1, $"{path}: {PageCount(pdf)} pages");
            var (width, height) = PageSize(pdf);
            var expected = path.Contains(".a3.") ? (842, 1191) : (595, 842);
            Assert.Equal(expected, (width, height));
        }
    }

    private IEnumerable<(string Path, string Address)> Posters() =>
        from notice in site.Data.Notices.Where(n => n.Kind is RecordKind.Notice or RecordKind.TypicalCase)
        let folder = notice.Kind == RecordKind.Notice ? "notices/" : "cases/"
        from paper in new[] { "a4", "a3" }
        select ($"{folder}{notice.Slug}.{paper}.html", $"https://nanwu.invalid/{folder}{notice.Slug}.html");

    private static int PageCount(byte[] pdf) => PageObject().Matches(Latin1(pdf)).Count;

    // The first page's MediaBox in points (A4 is 595 × 842, A3 842 × 1191).
    private static (int, int) PageSize(byte[] pdf)
    {
        var box = MediaBox().Match(Latin1(pdf));
        return ((int)Math.Round(double.Parse(box.Groups[1].Value)), (int)Math.Round(double.Parse(box.Groups[2].Value)));
    }

    private static string Latin1(byte[] bytes) => System.Text.Encoding.Latin1.GetString(bytes);

    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}
