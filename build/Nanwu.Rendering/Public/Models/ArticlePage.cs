using Nanwu.Rendering.Templates;

namespace Nanwu.Rendering.Public.Models;

/// <summary>
/// A notice, typical case or page: its front matter as shown, its body, and whether it has
/// expired (then marked 已过期; it has left the lists but keeps its page).
/// </summary>
public sealed record ArticlePage(
    string Kind,
    string Title,
    string Publisher,
    string Published,
    string? Expires,
    bool IsExpired,
    IReadOnlyList<string> Domains,
    string Summary,
    Html Body,
    PublicLink? Back);
