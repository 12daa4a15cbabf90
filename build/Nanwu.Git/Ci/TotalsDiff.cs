using Nanwu.Aggregation;

namespace Nanwu.Git.Ci;

/// <summary>Every value of every round's 附件2 that differs between two summaries, per owner and in total.</summary>
public static class TotalsDiff
{
    public static IReadOnlyList<TotalChange> Between(CampaignSummary before, CampaignSummary after)
    {
        var changes = new List<TotalChange>();
        foreach (var round in after.Rounds)
        {
            var old = before.Rounds.FirstOrDefault(r => r.Round.Id == round.Round.Id);
            foreach (var row in round.Rows)
            {
                var oldReport = old?.Rows.FirstOrDefault(r => r.Owner.Id == row.Owner.Id)?.Report;
                var keys = (row.Report?.Values.Keys ?? []).Union(oldReport?.Values.Keys ?? [])
                    .Order(StringComparer.Ordinal);
                changes.AddRange(keys
                    .Select(k => new TotalChange(
                        round.Round.Id, row.Owner.Name, k, Value(oldReport, k), Value(row.Report, k)))
                    .Where(c => c.Before != c.After));
            }

            foreach (var (key, value) in round.Total)
            {
                var was = old?.Total.GetValueOrDefault(key) ?? 0m;
                if (was != value)
                {
                    changes.Add(new TotalChange(round.Round.Id, null, key, was, value));
                }
            }
        }

        return changes;
    }

    private static decimal? Value(Records.Model.FormReport? report, string key) =>
        report is not null && report.Values.TryGetValue(key, out var v) ? v : null;
}
