namespace Nanwu.Aggregation;

/// <summary>
/// What a build was made from: the commit (and whether data/ or schemas/ had uncommitted
/// changes) and the tags of the closed rounds. Passed with the summary to every page and
/// workbook, so a printed table can be traced to its exact data.
/// </summary>
public sealed record Provenance(string? Commit, bool Dirty, IReadOnlyList<RoundTag> Tags)
{
    public RoundTag? TagOf(string roundId) => Tags.FirstOrDefault(t => t.RoundId == roundId);

    /// <summary>The provenance of one round's table.</summary>
    public RoundProvenance For(string roundId) => new(roundId, Commit, Dirty, TagOf(roundId));
}
