using Nanwu.Rendering.Tables;

namespace Nanwu.Rendering.Internal.Models;

/// <summary>
/// A page showing one of the campaign's forms: the form's name and attachment number, its header
/// block, an optional status, the table and the form's 备注 notes (with the project's readings).
/// </summary>
public sealed record FormPage(
    string FormName,
    string Attachment,
    IReadOnlyList<Field> Header,
    StatusBadge? Status,
    string Summary,
    FormTable Table,
    IReadOnlyList<string> Notes,
    IReadOnlyList<NavItem> Links)
{
    /// <summary>A round's workbooks and stamped scans (on the round's page only).</summary>
    public DownloadSection? Downloads { get; init; }

    /// <summary>The round, commit and tag the table was built from (printed under it); empty outside Git.</summary>
    public string Provenance { get; init; } = "";
}
