using Nanwu.Records.Model;
using Nanwu.Records.Values;
using Nanwu.Rendering.Pages;
using Nanwu.Rendering.Public.Broadcast;
using Nanwu.Rendering.Public.Models;
using Nanwu.Rendering.Public.Posters;
using Nanwu.Rendering.Public.Sharing;
using Nanwu.Rendering.Templates;

namespace Nanwu.Rendering.Public;

/// <summary>
/// The page of a notice, case or page, and for notices and cases their two posters (A4, A3)
/// and their loudspeaker script.
/// </summary>
internal sealed class ArticlePages(
    Township? township, SiteAddress address, PublicCatalog catalog, Func<RenderedArticle, string?> imageOf)
{
    public static readonly string[] Papers = ["A4", "A3"];

    public Page Article(RenderedArticle article)
    {
        var notice = article.Notice;
        var expired = catalog.IsExpired(notice);
        var title = expired ? $"【已过期】{notice.Title}" : notice.Title;
        var model = new ArticlePage(
            KindName(notice.Kind),
            notice.Title,
            notice.Publisher,
            Dates.FormatChinese(notice.PublishedOn),
            notice.ExpiresOn is { } e ? Dates.FormatChinese(e) : null,
            expired,
            notice.Kind == RecordKind.Page ? [] : Domains(notice),
            notice.Summary,
            article.Body.Body,
            Back(notice),
            Searchable: !expired,
            notice.Kind == RecordKind.Page ? [] : Tools(notice));
        var meta = new PageMeta(notice.Summary, imageOf(article) ?? address.Of(PublicUrls.ShareImage), IsArticle: true);
        return new Page(PublicUrls.Of(notice), "article.scriban", title, model, meta);
    }

    public IEnumerable<Page> Extras(RenderedArticle article)
    {
        var notice = article.Notice;
        foreach (var paper in Papers)
        {
            var other = Papers.First(p => p != paper);
            var poster = new PosterPage(
                paper, KindName(notice.Kind), notice.Title, notice.Summary, article.Body.Body, notice.Publisher,
                Dates.FormatChinese(notice.PublishedOn), catalog.IsExpired(notice),
                new Html(QrSvg.For(address.Of(PublicUrls.Of(notice)), "二维码：用手机扫一扫，打开本文网页")),
                address.Of(PublicUrls.Of(notice)), township?.ReportChannel ?? "", township?.Phone ?? "",
                PosterDensity.Of(notice.Title, notice.Summary, notice.Markdown, catalog.IsExpired(notice)),
                new PublicLink("返回网页", PublicUrls.Of(notice)),
                new PublicLink($"{other} 海报", PublicUrls.Poster(notice, other)));
            yield return new Page(PublicUrls.Poster(notice, paper), "poster.scriban", $"{notice.Title}（{paper} 海报）",
                poster, Layout: "poster-layout.scriban");
        }

        var script = BroadcastScript.For(notice);
        var broadcast = new BroadcastPage(notice.Title, ReadingTime.Describe(script.Seconds),
            ReadingTime.CharactersPerMinute, script.Paragraphs, PublicUrls.BroadcastText(notice),
            new PublicLink("返回网页", PublicUrls.Of(notice)));
        yield return new Page(PublicUrls.Broadcast(notice), "broadcast.scriban", $"{notice.Title}（广播稿）", broadcast,
            new PageMeta(notice.Summary, address.Of(PublicUrls.ShareImage), IsArticle: false));
    }

    private static IReadOnlyList<PublicLink> Tools(Notice notice)
    {
        var seconds = BroadcastScript.For(notice).Seconds;
        return
        [
            new("打印海报（A4）", PublicUrls.Poster(notice, "A4")),
            new("打印海报（A3）", PublicUrls.Poster(notice, "A3")),
            new($"广播稿（{ReadingTime.Describe(seconds)}）", PublicUrls.Broadcast(notice)),
        ];
    }

    private static List<PublicLink> Domains(Notice notice) =>
        notice.Domains.Select(d => new PublicLink(d, PublicUrls.Domain(d))).ToList();

    private static PublicLink? Back(Notice notice) => notice.Kind switch
    {
        RecordKind.Notice => new PublicLink("全部防范公告", PublicUrls.Notices),
        RecordKind.TypicalCase => new PublicLink("全部典型案例", PublicUrls.Cases),
        _ => null,
    };

    private static string KindName(RecordKind kind) =>
        kind switch { RecordKind.Notice => "防范公告", RecordKind.TypicalCase => "典型案例", _ => "" };
}
