using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;
using Nanwu.Records.Values;
using Nanwu.Rendering.Markdown;
using Nanwu.Rendering.Pages;
using Nanwu.Rendering.Public.Images;
using Nanwu.Rendering.Public.Models;
using Nanwu.Rendering.Public.Sharing;

namespace Nanwu.Rendering.Public;

/// <summary>
/// The public site for residents, as pages with view models: notices, typical cases and pages
/// from data/ with their Markdown rendered and cleaned, the lists, a page per key domain, search,
/// posters and loudspeaker scripts, the feed and the sitemap. Builds no HTML and writes nothing.
/// </summary>
public sealed class PublicSite(
    DataSet data,
    DateOnly asOf,
    string? baseUrl,
    NoticeMarkdown markdown,
    IReadOnlyDictionary<string, PublishedAsset>? assets = null)
{
    public const string Name = "public";

    private readonly SiteAddress _address = SiteAddress.From(baseUrl);

    public SiteAddress Address => _address;

    public PublicSiteInfo Info()
    {
        var township = data.Township;
        var pages = Catalog().Articles(RecordKind.Page).Select(n => new PublicLink(n.Title, PublicUrls.Of(n))).ToList();
        var nav = new List<PublicLink>
        {
            new("首页", PublicUrls.Index),
            new("防范公告", PublicUrls.Notices),
            new("典型案例", PublicUrls.Cases),
            new("按领域", PublicUrls.Domains),
            new("搜索", PublicUrls.Search),
        };
        nav.AddRange(pages.Where(p => p.Url == PublicUrls.ReportSlug + ".html")
            .Select(p => p with { Label = "如何举报" }));
        return new PublicSiteInfo(
            $"{township?.Name ?? ""}防范非法集资", township?.Host ?? "", township?.Office ?? "",
            township?.Phone ?? "", township?.IcpNumber ?? "", township?.SiteCode ?? "",
            Dates.FormatChinese(asOf), _address.Root, PublicUrls.ShareImage, nav, pages);
    }

    /// <summary>
    /// Everything the site holds; problems with the Markdown and its files go to
    /// <paramref name="diagnostics"/>.
    /// </summary>
    public PublicContent Build(ICollection<Diagnostic> diagnostics)
    {
        var articles = Render(diagnostics);
        var files = LinkedFiles.Collect(articles, data.Assets, assets, diagnostics);
        var catalog = Catalog();
        var pages = new ArticlePages(data.Township, _address, catalog, ImageOf);

        var all = new List<Page>();
        all.AddRange(articles.Select(pages.Article));
        all.AddRange(new ListPages(data.Township, _address, catalog, data.Notices).All());
        all.AddRange(articles.Where(a => a.Notice.Kind != RecordKind.Page).SelectMany(pages.Extras));
        var texts = new List<(string, string)>(articles.Where(a => a.Notice.Kind != RecordKind.Page)
            .Select(a => (PublicUrls.BroadcastText(a.Notice), Broadcast.BroadcastScript.For(a.Notice).Text)));
        texts.Add((PublicUrls.Feed, AtomFeed.Write(Info(), _address, catalog)));
        texts.Add((PublicUrls.Sitemap, SitemapXml.Write(_address, all)));
        return new PublicContent(all, files, texts);
    }

    private PublicCatalog Catalog() => new(data.Notices, asOf);

    private List<RenderedArticle> Render(ICollection<Diagnostic> diagnostics)
    {
        var rendered = new List<RenderedArticle>();
        var links = new NoticeLinks(data);
        foreach (var notice in data.Notices.OrderBy(n => PublicUrls.Of(n), StringComparer.Ordinal))
        {
            if (notice.Kind == RecordKind.Page && notice.Slug == "index")
            {
                diagnostics.Add(Messages.ReservedPageName(notice.Source.Path, notice.Slug));
                continue;
            }

            var folder = PublicUrls.DataFolder(notice.Kind);
            var body = markdown.Render(
                notice.Markdown, file => assets?.GetValueOrDefault(folder + file)?.Size, links.For(notice));
            foreach (var finding in body.Findings)
            {
                var span = new SourceSpan(notice.Source.Path, notice.BodyLine + finding.Line, finding.Column + 1);
                diagnostics.Add(Messages.UnsafeMarkdown(span, finding.What));
            }

            foreach (var link in body.RemovedLinks)
            {
                var span = new SourceSpan(notice.Source.Path, notice.BodyLine + link.Line, link.Column + 1);
                diagnostics.Add(Messages.LinkNotPublic(span, link.Url, link.Exists));
            }

            rendered.Add(new RenderedArticle(notice, body));
        }

        return rendered;
    }

    /// <summary>The absolute address of an article's first published image, for its share card.</summary>
    private string? ImageOf(RenderedArticle article)
    {
        var folder = PublicUrls.DataFolder(article.Notice.Kind);
        var first = article.Body.Links.FirstOrDefault(l =>
            l.IsImage && assets?.GetValueOrDefault(folder + l.File)?.Size is not null);
        return first is null ? null : _address.Of(PublicUrls.OutputFolder(article.Notice.Kind) + first.File);
    }
}
