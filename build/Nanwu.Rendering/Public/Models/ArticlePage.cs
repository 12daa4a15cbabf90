using Nanwu.Rendering.Templates;

namespace Nanwu.Rendering.Public.Models;

/// <summary>
/// A notice, typical case or page: its front matter as shown, its body, and whether it has
/// expired (then marked 已过期; it has left the lists, the feed and the search but keeps its page).
/// <see cref="Searchable"/> marks the text the search index takes in; <see cref="Tools"/> are its
/// poster and broadcast script.
/// </summary>
public sealed record ArticlePage(
    string Kind,
    string Title,
    string Publisher,
    string Published,
    string? Expires,
    bool IsExpired,
    IReadOnlyList<PublicLink> Domains,
    string Summary,
    Html Body,
    PublicLink? Back,
    bool Searchable,
    IReadOnlyList<PublicLink> Tools);
