namespace Nanwu.Rendering.Public.Models;

/// <summary>A key domain (养老, 涉农, …) with its page and how many current items it has.</summary>
public sealed record DomainEntry(string Label, string Url, int Count);
