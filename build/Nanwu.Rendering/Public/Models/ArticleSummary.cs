namespace Nanwu.Rendering.Public.Models;

/// <summary>A notice or case in a list: title, address, date, summary and domains.</summary>
public sealed record ArticleSummary(
    string Title, string Url, string Published, string Summary, IReadOnlyList<string> Domains);
