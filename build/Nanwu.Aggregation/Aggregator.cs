using Nanwu.Records.Forms;
using Nanwu.Records.Model;

namespace Nanwu.Aggregation;

/// <summary>
/// Computes the per-round tables, the monthly status and the registers. Sums are exact
/// decimals; the township total is checked against the sum of its rows column by column.
/// </summary>
public static class Aggregator
{
    // arrivals: when each file reached main per Git; without them 填报时间 decides lateness.
    public static CampaignSummary Summarise(DataSet data, DateOnly asOf, Arrivals? arrivals = null)
    {
        var campaign = data.Campaign;
        var decide = Decider(campaign, asOf, arrivals ?? Arrivals.None);
        var rounds = campaign is null ? [] : campaign.Rounds.Select(r => Round(data, r, decide)).ToList();
        var months = campaign is null ? [] : Months(data, campaign, asOf, decide);
        return new CampaignSummary(asOf, rounds, months, ClueRegister(data.Clues), CrossProvince(data.CrossProvince));
    }

    /// <summary>Clues ordered by the six categories, then found date, owner and id; 序号 from 1.</summary>
    public static IReadOnlyList<ClueRow> ClueRegister(IEnumerable<Clue> clues) =>
        clues.OrderBy(c => ClueDomains.Rank(c.Domain))
            .ThenBy(c => c.FoundOn)
            .ThenBy(c => c.Owner.IsTownship)
            .ThenBy(c => c.Owner.Id, StringComparer.Ordinal)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select((c, i) => new ClueRow(i + 1, c))
            .ToList();

    public static IReadOnlyList<CrossProvinceRow> CrossProvince(IEnumerable<CrossProvinceCase> cases) =>
        cases.OrderBy(c => c.FoundOrFiledOn)
            .ThenBy(c => c.Owner.Id, StringComparer.Ordinal)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select((c, i) => new CrossProvinceRow(i + 1, c))
            .ToList();

    private delegate OwnerRow Decide(Owner owner, FormReport? report, DateOnly due);

    private static Decide Decider(Campaign? campaign, DateOnly asOf, Arrivals arrivals) => (owner, report, due) =>
    {
        var arrived = report is null ? null : arrivals.Of(report.Source.Path);
        var decision = StatusDecision.Decide(report?.Header.ReportedOn, arrived,
            campaign?.GitTrustedFrom ?? DateOnly.MaxValue, due, asOf);
        return new OwnerRow(owner, report, decision.Status) { Decision = decision };
    };

    private static RoundSummary Round(DataSet data, Round round, Decide decide)
    {
        var reports = data.WorkStats.Where(r => r.Period == round.Id).ToDictionary(r => r.Owner.Id);
        var rows = data.Owners.Select(owner => decide(owner, reports.GetValueOrDefault(owner.Id), round.Due)).ToList();
        return new RoundSummary(round, rows, Total(data.Forms.WorkStats, rows));
    }

    private static Dictionary<string, decimal> Total(FormDefinition form, IReadOnlyList<OwnerRow> rows)
    {
        var keys = form.Leaves.Where(l => l.Key is not null && l.Value is ValueKind.Count or ValueKind.Money)
            .Select(l => l.Key!);
        var present = rows.Where(r => r.Report is not null).Select(r => r.Report!).ToList();
        var total = keys.ToDictionary(k => k, k => present.Sum(r => r[k]), StringComparer.Ordinal);

        // Conservation: the grand total of all leaves equals the sum of each report's leaves.
        var byRows = present.Sum(r => total.Keys.Sum(k => r[k]));
        if (byRows != total.Values.Sum())
        {
            throw new InvalidOperationException("township total does not equal the sum of its rows");
        }

        return total;
    }

    private static List<MonthSummary> Months(DataSet data, Campaign campaign, DateOnly asOf, Decide decide)
    {
        // Months that have ended by the as-of date, up to the campaign's last month.
        var lastEnded = new DateOnly(asOf.Year, asOf.Month, 1).AddMonths(-1);
        var campaignLast = new DateOnly(campaign.End.Year, campaign.End.Month, 1);
        var lastMonth = lastEnded < campaignLast ? lastEnded : campaignLast;

        var byOwner = data.Monthly.ToLookup(m => m.Owner.Id);
        return campaign.MonthsThrough(lastMonth).Select(month =>
        {
            var id = month.ToString("yyyy-MM");
            var due = campaign.MonthlyDue(month);
            var rows = data.Owners
                .Select(owner => decide(owner, byOwner[owner.Id].FirstOrDefault(r => r.Period == id), due))
                .ToList();
            return new MonthSummary(id, due, rows);
        }).ToList();
    }
}
