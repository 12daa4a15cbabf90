using Nanwu.Records.Model;
using Nanwu.Records.Values;
using Nanwu.Rendering.Public.Models;

namespace Nanwu.Rendering.Public;

/// <summary>
/// Which notices, cases and pages there are, newest first, and which are current: an expired
/// item keeps its page but leaves every list, the domain pages, the feed and the search.
/// </summary>
public sealed class PublicCatalog(IReadOnlyList<Notice> notices, DateOnly asOf)
{
    /// <summary>All items of a kind, newest first (then by file name).</summary>
    public IEnumerable<Notice> Articles(RecordKind kind) =>
        notices.Where(n => n.Kind == kind)
            .OrderByDescending(n => n.PublishedOn)
            .ThenBy(n => n.Slug, StringComparer.Ordinal);

    /// <summary>The items of a kind that have not expired, newest first.</summary>
    public IReadOnlyList<Notice> Current(RecordKind kind) => Articles(kind).Where(n => !n.IsExpired(asOf)).ToList();

    /// <summary>Current notices and typical cases together, newest first: the feed and the domain pages.</summary>
    public IReadOnlyList<Notice> CurrentItems =>
        notices.Where(n => n.Kind is RecordKind.Notice or RecordKind.TypicalCase && !n.IsExpired(asOf))
            .OrderByDescending(n => n.PublishedOn)
            .ThenBy(n => PublicUrls.Of(n), StringComparer.Ordinal)
            .ToList();

    public bool IsExpired(Notice notice) => notice.IsExpired(asOf);

    /// <summary>The date the site is built as of.</summary>
    public DateOnly AsOf => asOf;

    /// <summary>Every key domain a notice or case names, in the schema's order, with its current count.</summary>
    public IReadOnlyList<DomainEntry> Domains()
    {
        var named = notices.Where(n => n.Kind is RecordKind.Notice or RecordKind.TypicalCase)
            .SelectMany(n => n.Domains).Distinct(StringComparer.Ordinal);
        var current = CurrentItems;
        return DomainSlugs.InSchemaOrder(named)
            .Select(d => new DomainEntry(d, PublicUrls.Domain(d), current.Count(n => n.Domains.Contains(d))))
            .ToList();
    }

    public static IReadOnlyList<ArticleSummary> Summaries(IEnumerable<Notice> items) =>
        items.Select(n => new ArticleSummary(n.Title, PublicUrls.Of(n), Dates.FormatChinese(n.PublishedOn),
                n.Summary, n.Domains))
            .ToList();
}
