using System.Globalization;
using Nanwu.Aggregation;
using Nanwu.Records.Model;
using Nanwu.Records.Values;
using Nanwu.Rendering.Internal.Models;
using Nanwu.Rendering.Tables;

namespace Nanwu.Rendering.Internal;

/// <summary>Builds index.html: owners by rounds and owners by months, with their statuses.</summary>
public static class OverviewBuilder
{
    public static OverviewPage Build(DataSet data, CampaignSummary summary, IReadOnlyList<NavItem> links,
        ReportUrl? reportUrl = null)
    {
        var rounds = summary.Rounds
            .Select(r => new RoundColumn(r.Round.Id, InternalUrls.Round(r.Round.Id),
                Dates.Format(r.Round.Cutoff), Dates.Format(r.Round.Due), StatusCounts.Of(r.Rows)))
            .ToList();
        var byRound = summary.Rounds.Select(r => (r.Round.Id, Rows: ByOwner(r.Rows))).ToList();
        var roundRows = data.Owners
            .Select(owner => Row(owner, byRound.Select(r =>
            {
                var row = r.Rows[owner.Id];
                return new MatrixCell(
                    StatusBadge.Of(row), (reportUrl ?? InternalUrls.Report)(r.Id, owner));
            })))
            .ToList();
        return new OverviewPage(rounds, roundRows, Months(data, summary), links);
    }

    private static MonthMatrix Months(DataSet data, CampaignSummary summary)
    {
        var months = summary.Months;
        var years = months
            .GroupBy(m => m.Month[..4], StringComparer.Ordinal)
            .Select(g => new HeadCell($"{g.Key}年", g.Count(), 1))
            .ToList();
        var labels = months.Select(m => $"{int.Parse(m.Month[5..], CultureInfo.InvariantCulture)}月").ToList();
        var byMonth = months.Select(m => ByOwner(m.Rows)).ToList();
        var rows = data.Owners
            .Select(owner => Row(owner,
                byMonth.Select(m => new MatrixCell(StatusBadge.Short(m[owner.Id].Status), null))))
            .ToList();
        var counts = months.Select(m => StatusCounts.Reported(m.Rows)).ToList();
        return new MonthMatrix(years, labels, rows, counts);
    }

    private static MatrixRow Row(Owner owner, IEnumerable<MatrixCell> cells) =>
        new(Tables.WorkStatsTable.OwnerLabel(owner), InternalUrls.Owner(owner), owner.IsTownship, cells.ToList());

    private static Dictionary<string, OwnerRow> ByOwner(IEnumerable<OwnerRow> rows) =>
        rows.ToDictionary(r => r.Owner.Id, StringComparer.Ordinal);
}
