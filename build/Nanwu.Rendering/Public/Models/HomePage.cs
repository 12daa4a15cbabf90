namespace Nanwu.Rendering.Public.Models;

/// <summary>index.html: how to report first, then the newest notices, the domains and typical cases.</summary>
public sealed record HomePage(
    PublicLink? Report,
    string ReportChannel,
    string Phone,
    IReadOnlyList<ArticleSummary> Notices,
    int MoreNotices,
    IReadOnlyList<ArticleSummary> Cases,
    IReadOnlyList<DomainEntry> Domains);
