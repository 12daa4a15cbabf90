using Nanwu.Records.Diagnostics;
using Nanwu.Records.Values;

namespace Nanwu.Checking.Rules;

/// <summary>
/// A 附件2 file named for one round but filled in after the next round's cut-off is most
/// likely the next round's report saved under the old name (copied from last time). Reports
/// merely late stay the business of the round status.
/// </summary>
internal sealed class PeriodNameRule : IRule
{
    public void Check(CheckContext context)
    {
        if (context.Data.Campaign is not { } campaign)
        {
            return;
        }

        var rounds = campaign.Rounds;
        var order = rounds.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        foreach (var report in context.Data.WorkStats)
        {
            if (!order.TryGetValue(report.Period, out var i) || i + 1 >= rounds.Count
                || report.Header.ReportedOn <= rounds[i + 1].Cutoff)
            {
                continue;
            }

            var next = rounds[i + 1];
            context.Report(Messages.PeriodMismatch(report.Source.At("填报时间"), "填报时间", report.Period,
                Dates.Format(report.Header.ReportedOn), next.Id, Dates.Format(next.Cutoff)));
        }
    }
}
