using Nanwu.Aggregation;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Git.Rounds;

/// <summary>
/// Where every village stands for one round: its 附件2 and the monthly reports that belong to
/// the round, each submitted (with the date that decided it), late or missing.
/// </summary>
public sealed record RoundStatusReport(
    Round Round,
    DateOnly AsOf,
    string Township,
    string OfficePhone,
    RoundSummary Summary,
    IReadOnlyList<MonthSummary> Months,
    IReadOnlyList<Diagnostic> Warnings)
{
    public IEnumerable<OwnerRow> Villages => Summary.Villages;

    /// <summary>Villages whose 附件2 is not in, once its due date has passed or not.</summary>
    public IReadOnlyList<Owner> Missing =>
        Villages.Where(r => r.Report is null).Select(r => r.Owner).ToList();

    public IReadOnlyList<Owner> Late =>
        Villages.Where(r => r.Status == ReportStatus.Late).Select(r => r.Owner).ToList();

    /// <summary>Per village, the months of this round whose monthly report is missing.</summary>
    public IReadOnlyList<(Owner Owner, IReadOnlyList<string> Months)> MissingMonths =>
        Villages.Select(v => (v.Owner, (IReadOnlyList<string>)Months
                .Where(m => m.Rows.Any(r => r.Owner.Id == v.Owner.Id && r.Status == ReportStatus.Missing))
                .Select(m => m.Month).ToList()))
            .Where(x => x.Item2.Count > 0)
            .ToList();
}
