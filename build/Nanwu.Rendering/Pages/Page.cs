namespace Nanwu.Rendering.Pages;

/// <summary>One page to render: where it goes, its template, its title and its view model.</summary>
public sealed record Page(string Path, string Template, string Title, object Model);
