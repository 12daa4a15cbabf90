using Nanwu.Records.Model;

namespace Nanwu.Aggregation;

/// <summary>One owner's line in a round or month: the report if there is one, and its status.</summary>
public sealed record OwnerRow(Owner Owner, FormReport? Report, ReportStatus Status)
{
    /// <summary>How the status was decided (Git's arrival on main or 填报时间); null when not recorded.</summary>
    public StatusDecision? Decision { get; init; }
}

/// <summary>
/// A round of 附件2: each village's row, the township's own row, and the township total
/// (villages plus the township's own records), summed exactly per leaf.
/// </summary>
public sealed record RoundSummary(
    Round Round,
    IReadOnlyList<OwnerRow> Rows,
    IReadOnlyDictionary<string, decimal> Total)
{
    public int Count(ReportStatus status) => Rows.Count(r => !r.Owner.IsTownship && r.Status == status);

    public IEnumerable<OwnerRow> Villages => Rows.Where(r => !r.Owner.IsTownship);

    public OwnerRow Township => Rows.Single(r => r.Owner.IsTownship);
}

/// <summary>The monthly reports of one month: each owner's status.</summary>
public sealed record MonthSummary(string Month, DateOnly Due, IReadOnlyList<OwnerRow> Rows)
{
    public int Count(ReportStatus status) => Rows.Count(r => r.Status == status);
}

/// <summary>A row of the clue register with its derived 序号.</summary>
public sealed record ClueRow(int Number, Clue Clue);

/// <summary>A row of the cross-province register with its derived 序号.</summary>
public sealed record CrossProvinceRow(int Number, CrossProvinceCase Case);

/// <summary>Everything the sites and workbooks show, computed once from the data set.</summary>
public sealed record CampaignSummary(
    DateOnly AsOf,
    IReadOnlyList<RoundSummary> Rounds,
    IReadOnlyList<MonthSummary> Months,
    IReadOnlyList<ClueRow> ClueRegister,
    IReadOnlyList<CrossProvinceRow> CrossProvinceRegister)
{
    /// <summary>The commit and round tags the data came from (set when built inside a Git repository).</summary>
    public Provenance? Provenance { get; init; }

    /// <summary>The closed rounds as tagged, each compared with the round before (Nanwu.Git reads them).</summary>
    public IReadOnlyList<History.ClosedRound> ClosedRounds { get; init; } = [];
}
