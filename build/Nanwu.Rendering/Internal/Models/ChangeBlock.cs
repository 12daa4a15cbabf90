namespace Nanwu.Rendering.Internal.Models;

/// <summary>One owner's (or the township total's) changes on a closed round's page.</summary>
public sealed record ChangeBlock(
    string Name,
    string? Url,
    string Note,
    IReadOnlyList<ChangeRow> RunningTotals,
    IReadOnlyList<ChangeRow> Balances,
    IReadOnlyList<string> NewClues,
    IReadOnlyList<string> ClosedClues);
