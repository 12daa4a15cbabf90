using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;
using Nanwu.Records.Values;
using Nanwu.Rendering.Markdown;
using Nanwu.Rendering.Pages;
using Nanwu.Rendering.Public.Models;

namespace Nanwu.Rendering.Public;

/// <summary>
/// The public site for residents, as pages with view models: notices, typical cases and pages
/// from data/, with their Markdown rendered and cleaned. Builds no HTML and writes nothing.
/// </summary>
public sealed class PublicSite(DataSet data, DateOnly asOf, string? baseUrl, NoticeMarkdown markdown)
{
    public const string Name = "public";

    private const int NoticesOnHome = 5;

    public PublicSiteInfo Info()
    {
        var township = data.Township;
        var pages = Articles(RecordKind.Page).Select(n => new PublicLink(n.Title, PublicUrls.Of(n))).ToList();
        var nav = new List<PublicLink>
        {
            new("首页", PublicUrls.Index),
            new("防范公告", PublicUrls.Notices),
            new("典型案例", PublicUrls.Cases),
        };
        nav.AddRange(pages.Where(p => p.Url == PublicUrls.ReportSlug + ".html")
            .Select(p => p with { Label = "如何举报" }));
        return new PublicSiteInfo(
            $"{township?.Name ?? ""}防范非法集资", township?.Host ?? "", township?.Phone ?? "",
            township?.IcpNumber ?? "", township?.SiteCode ?? "", Dates.FormatChinese(asOf),
            string.IsNullOrWhiteSpace(baseUrl) ? null : baseUrl.TrimEnd('/'), nav, pages);
    }

    /// <summary>The pages, and the files beside the Markdown that the pages link to (site path, data path).</summary>
    public (IReadOnlyList<Page> Pages, IReadOnlyList<(string SitePath, string DataPath)> Files) Build(
        ICollection<Diagnostic> diagnostics)
    {
        var pages = new List<Page>();
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var assets = data.Assets.ToHashSet(StringComparer.Ordinal);
        foreach (var notice in data.Notices.OrderBy(n => PublicUrls.Of(n), StringComparer.Ordinal))
        {
            if (notice.Kind == RecordKind.Page && notice.Slug == "index")
            {
                diagnostics.Add(Messages.ReservedPageName(notice.Source.Path, notice.Slug));
                continue;
            }

            var rendered = markdown.Render(notice.Markdown);
            foreach (var finding in rendered.Findings)
            {
                var span = new SourceSpan(notice.Source.Path, notice.BodyLine + finding.Line, finding.Column + 1);
                diagnostics.Add(Messages.UnsafeMarkdown(span, finding.What));
            }

            var dataFolder = PublicUrls.DataFolder(notice.Kind);
            foreach (var file in rendered.LocalFiles.Where(f => assets.Contains(dataFolder + f)))
            {
                files[PublicUrls.OutputFolder(notice.Kind) + file] = dataFolder + file;
            }

            var title = notice.IsExpired(asOf) ? $"【已过期】{notice.Title}" : notice.Title;
            pages.Add(new Page(PublicUrls.Of(notice), "article.scriban", title, Article(notice, rendered)));
        }

        pages.Add(new Page(PublicUrls.Index, "index.scriban", "首页", Home()));
        pages.Add(new Page(PublicUrls.Notices, "list.scriban", "防范公告",
            new ListPage("防范公告", "提醒大家识别非法集资的常见套路。", Current(RecordKind.Notice))));
        pages.Add(new Page(PublicUrls.Cases, "list.scriban", "典型案例",
            new ListPage("典型案例", "身边发生过的非法集资案件，看看骗子是怎么做的。", Current(RecordKind.TypicalCase))));
        return (pages, files.Select(f => (f.Key, f.Value)).ToList());
    }

    private HomePage Home()
    {
        var notices = Current(RecordKind.Notice);
        var report = data.Notices.FirstOrDefault(n => n.Kind == RecordKind.Page && n.Slug == PublicUrls.ReportSlug);
        return new HomePage(
            report is null ? null : new PublicLink(report.Title, PublicUrls.Of(report)),
            data.Township?.ReportChannel ?? "", data.Township?.Phone ?? "",
            notices.Take(NoticesOnHome).ToList(), Math.Max(0, notices.Count - NoticesOnHome),
            Current(RecordKind.TypicalCase));
    }

    private ArticlePage Article(Notice notice, RenderedMarkdown rendered) => new(
        notice.Kind switch { RecordKind.Notice => "防范公告", RecordKind.TypicalCase => "典型案例", _ => "" },
        notice.Title,
        notice.Publisher,
        Dates.FormatChinese(notice.PublishedOn),
        notice.ExpiresOn is { } e ? Dates.FormatChinese(e) : null,
        notice.IsExpired(asOf),
        notice.Domains,
        notice.Summary,
        rendered.Body,
        notice.Kind switch
        {
            RecordKind.Notice => new PublicLink("全部防范公告", PublicUrls.Notices),
            RecordKind.TypicalCase => new PublicLink("全部典型案例", PublicUrls.Cases),
            _ => null,
        });

    /// <summary>The items of a kind that have not expired, newest first.</summary>
    private List<ArticleSummary> Current(RecordKind kind) =>
        Articles(kind).Where(n => !n.IsExpired(asOf))
            .Select(n => new ArticleSummary(n.Title, PublicUrls.Of(n), Dates.FormatChinese(n.PublishedOn),
                n.Summary, n.Domains))
            .ToList();

    private IEnumerable<Notice> Articles(RecordKind kind) =>
        data.Notices.Where(n => n.Kind == kind)
            .OrderByDescending(n => n.PublishedOn)
            .ThenBy(n => n.Slug, StringComparer.Ordinal);
}
