using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Checking.Rules;

/// <summary>
/// The monthly flows from the campaign start to a round's cut-off month, summed, equal that
/// round's running totals. Checked only when every month is there; missing months show on
/// the round's status instead.
/// </summary>
internal sealed class MonthlySumRule : IRule
{
    public void Check(CheckContext context)
    {
        if (context.Data.Campaign is not { } campaign)
        {
            return;
        }

        var runningKeys = RunningTotalRule.RunningKeys(context.Data.Forms.WorkStats).ToHashSet(StringComparer.Ordinal);
        var monthly = context.Data.Monthly.ToLookup(m => m.Owner.Id);
        foreach (var report in context.Data.WorkStats)
        {
            if (campaign.FindRound(report.Period) is not { } round)
            {
                continue;
            }

            var months = campaign.MonthsThrough(round.Cutoff).Select(m => m.ToString("yyyy-MM")).ToList();
            var reports = monthly[report.Owner.Id].Where(m => months.Contains(m.Period)).ToList();
            if (reports.Count != months.Count)
            {
                continue;
            }

            foreach (var key in reports.SelectMany(r => r.Values.Keys).Distinct().Where(runningKeys.Contains))
            {
                var summed = reports.Sum(r => r[key]);
                if (summed != report[key])
                {
                    context.Report(Messages.MonthlySumMismatch(report.Source.At(key), key, report[key], summed,
                        months[0], months[^1]));
                }
            }
        }
    }
}
