using Nanwu.Records.Model;
using Nanwu.Rendering.Pages;
using Nanwu.Rendering.Public.Models;
using Nanwu.Rendering.Public.Sharing;

namespace Nanwu.Rendering.Public;

/// <summary>The pages that lead to the articles: home, the two lists, the domains, and search.</summary>
internal sealed class ListPages(
    Township? township, SiteAddress address, PublicCatalog catalog, IReadOnlyList<Notice> all)
{
    private const int NoticesOnHome = 5;

    public IEnumerable<Page> All()
    {
        // Every domain a notice names has its page; only those with current items are offered.
        var domains = catalog.Domains();
        var offered = domains.Where(d => d.Count > 0).ToList();
        yield return new Page(PublicUrls.Index, "index.scriban", "首页", Home(offered),
            Meta($"{township?.Name}打击非法集资专项行动：防范公告、典型案例和举报方式。"));
        yield return List(PublicUrls.Notices, "防范公告", "提醒大家识别非法集资的常见套路。",
            catalog.Current(RecordKind.Notice));
        yield return List(PublicUrls.Cases, "典型案例", "身边发生过的非法集资案件，看看骗子是怎么做的。",
            catalog.Current(RecordKind.TypicalCase));
        yield return new Page(PublicUrls.Domains, "domains.scriban", "按领域查看", new DomainIndexPage(offered),
            Meta("养老、涉农、虚拟货币等重点领域的防范公告和典型案例。"));
        foreach (var domain in domains)
        {
            var items = catalog.CurrentItems.Where(n => n.Domains.Contains(domain.Label));
            yield return List(domain.Url, $"{domain.Label}领域",
                $"与“{domain.Label}”有关的防范公告和典型案例，新发布的在前。", items.ToList());
        }

        yield return new Page(PublicUrls.Search, "search.scriban", "搜索", new DomainIndexPage(offered),
            Meta("搜索防范公告和典型案例。"));
    }

    private HomePage Home(IReadOnlyList<DomainEntry> domains)
    {
        var notices = catalog.Current(RecordKind.Notice);
        var report = all.FirstOrDefault(n => n.Kind == RecordKind.Page && n.Slug == PublicUrls.ReportSlug);
        return new HomePage(
            report is null ? null : new PublicLink(report.Title, PublicUrls.Of(report)),
            township?.ReportChannel ?? "", township?.Phone ?? "",
            PublicCatalog.Summaries(notices.Take(NoticesOnHome)), Math.Max(0, notices.Count - NoticesOnHome),
            PublicCatalog.Summaries(catalog.Current(RecordKind.TypicalCase)),
            domains);
    }

    private Page List(string path, string heading, string intro, IReadOnlyList<Notice> items) =>
        new(path, "list.scriban", heading, new ListPage(heading, intro, PublicCatalog.Summaries(items)), Meta(intro));

    private PageMeta Meta(string description) =>
        new(description, address.Of(PublicUrls.ShareImage), IsArticle: false);
}
