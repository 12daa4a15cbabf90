namespace Nanwu.Rendering.Pages;

/// <summary>
/// One page to render: where it goes, its template, its title and its view model; optionally
/// what a link preview shows (<see cref="PageMeta"/>) and another layout than layout.scriban.
/// </summary>
public sealed record Page(
    string Path, string Template, string Title, object Model, PageMeta? Meta = null, string? Layout = null);
