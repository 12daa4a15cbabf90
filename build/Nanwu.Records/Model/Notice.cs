namespace Nanwu.Records.Model;

/// <summary>A public Markdown page: a notice, a typical case or a standalone page.</summary>
public sealed record Notice(
    RecordKind Kind,
    string Slug,
    string Title,
    string Publisher,
    DateOnly PublishedOn,
    DateOnly? ExpiresOn,
    IReadOnlyList<string> Domains,
    string Summary,
    string Markdown,
    int BodyLine,
    RecordSource Source)
{
    public bool IsExpired(DateOnly asOf) => ExpiresOn is { } e && e < asOf;
}
