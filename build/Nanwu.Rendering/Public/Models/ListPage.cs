namespace Nanwu.Rendering.Public.Models;

/// <summary>notices/index.html or cases/index.html: the current items, newest first.</summary>
public sealed record ListPage(string Heading, string Intro, IReadOnlyList<ArticleSummary> Items);
