using Nanwu.Records.Model;

namespace Nanwu.Aggregation.History;

/// <summary>
/// What changed for one owner (or the whole township) from the previous round to this one:
/// the increments of each running total, the balances then and now, new and closed clues.
/// </summary>
public sealed record OwnerChange(
    Owner? Owner,
    bool ReportedBefore,
    bool ReportedNow,
    IReadOnlyList<ColumnChange> RunningTotals,
    IReadOnlyList<ColumnChange> Balances,
    IReadOnlyList<Clue> NewClues,
    IReadOnlyList<Clue> ClosedClues)
{
    /// <summary>Null owner: the township total (every village plus the township's own records).</summary>
    public bool IsTownshipTotal => Owner is null;

    public ColumnChange? Column(string key) =>
        RunningTotals.Concat(Balances).FirstOrDefault(c => c.Key == key);
}
