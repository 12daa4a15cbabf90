namespace Nanwu.Rendering.Public.Models;

/// <summary>domains/index.html and search.html: the key domains, each leading to its list.</summary>
public sealed record DomainIndexPage(IReadOnlyList<DomainEntry> Domains);
