using Nanwu.Aggregation;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;
using Nanwu.Records.Values;

namespace Nanwu.Git.Rounds;

/// <summary>A report Git judged differently from its 填报时间 is a warning at its 填报时间 (G003).</summary>
public static class ArrivalWarnings
{
    public static IReadOnlyList<Diagnostic> Of(CampaignSummary summary) =>
        summary.Rounds.SelectMany(r => r.Rows).Concat(summary.Months.SelectMany(m => m.Rows))
            .Where(row => row.Report is not null && row.Decision is { Disagrees: true })
            .Select(row => Warning(row.Report!, row.Decision!))
            .Distinct()
            .ToList();

    private static Diagnostic Warning(FormReport report, StatusDecision decision) =>
        Messages.ArrivalDisagrees(report.Source.At(FormKeys.ReportedOn), FormKeys.ReportedOn,
            Dates.Format(decision.ReportedOn!.Value), Dates.Format(decision.ArrivedOn!.Value),
            Dates.Format(decision.Due), decision.Status.ChineseName());
}
