namespace Nanwu.Rendering;

/// <summary>
/// What a site build needs besides the data: where templates are, where to write, and the as-of date.
/// </summary>
/// <param name="RepoRoot">The repository root (holds site-templates/ and data/).</param>
/// <param name="OutputRoot">The output folder; the build writes internal/ and public/ under it.</param>
/// <param name="AsOf">The as-of date printed on every page.</param>
/// <param name="BaseUrl">The public site's address for canonical links, or null for none.</param>
public sealed record SiteOptions(string RepoRoot, string OutputRoot, DateOnly AsOf, string? BaseUrl)
{
    /// <summary>Files of the internal site made beside the renderer (workbooks, stamped scans).</summary>
    public IReadOnlyList<Internal.InternalDownload> Downloads { get; init; } = [];

    /// <summary>Whether each owner's 附件2 of each round gets its own page (see InternalSite.ReportPages).</summary>
    public bool ReportPages { get; init; } = true;
}
