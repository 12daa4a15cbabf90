using Nanwu.Rendering.Pages;

namespace Nanwu.Rendering.Public;

/// <summary>
/// The public site before rendering: its pages, the files beside the Markdown that they use
/// (site path, data path), and text files made directly (feed, sitemap, broadcast scripts).
/// </summary>
public sealed record PublicContent(
    IReadOnlyList<Page> Pages,
    IReadOnlyList<(string SitePath, string DataPath)> Files,
    IReadOnlyList<(string Path, string Text)> Texts);
