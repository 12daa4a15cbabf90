using Nanwu.Records.Diagnostics;
using Nanwu.Records.Forms;
using Nanwu.Records.Model;
using Nanwu.Records.Values;

namespace Nanwu.Checking.Rules;

/// <summary>
/// Each work-stats and monthly report on its own: 其中跨省 ≤ 合计, 万元 amounts, 填报单位
/// matches the folder, 填报时间 neither in the future nor before the period ends.
/// </summary>
internal sealed class FormReportRule : IRule
{
    public void Check(CheckContext context)
    {
        var moneyKeys = context.Data.Forms.WorkStats.Leaves
            .Where(l => l.Value == ValueKind.Money && l.Key is not null)
            .Select(l => l.Key!)
            .ToHashSet(StringComparer.Ordinal);

        foreach (var report in context.Data.WorkStats.Concat(context.Data.Monthly))
        {
            CheckReport(context, report, moneyKeys);
        }
    }

    private static void CheckReport(CheckContext context, FormReport report, HashSet<string> moneyKeys)
    {
        var source = report.Source;
        if (report[FormKeys.CrossProvinceFiled] > report[FormKeys.CasesFiled])
        {
            context.Report(Messages.CrossProvinceExceedsTotal(source.At(FormKeys.CrossProvinceFiled),
                FormKeys.CrossProvinceFiled, report[FormKeys.CrossProvinceFiled], report[FormKeys.CasesFiled]));
        }

        foreach (var (key, value) in report.Values.Where(v => moneyKeys.Contains(v.Key)))
        {
            Amounts.CheckMoney(context, source, key, value);
        }

        if (report.Header.Unit != report.Owner.Name && OwnerNameKnown(context, report.Owner))
        {
            context.Report(Messages.ReporterMismatch(source.At(FormKeys.Unit), FormKeys.Unit,
                report.Header.Unit, report.Owner.Name));
        }

        Amounts.CheckNotFuture(context, source, FormKeys.ReportedOn, report.Header.ReportedOn);
        if (PeriodEnd(context, report) is { } end && report.Header.ReportedOn < end)
        {
            context.Report(Messages.ReportedTooEarly(source.At(FormKeys.ReportedOn), FormKeys.ReportedOn,
                Dates.Format(report.Header.ReportedOn), Dates.Format(end)));
        }
    }

    // Without its village.yaml or township.yaml (reported on its own) the owner's name is a guess.
    private static bool OwnerNameKnown(CheckContext context, Owner owner) =>
        owner.IsTownship ? context.Data.Township is not null : context.Data.Villages.Any(v => v.Id == owner.Id);

    private static DateOnly? PeriodEnd(CheckContext context, FormReport report)
    {
        if (report.Kind == RecordKind.WorkStats)
        {
            return context.Data.Campaign?.FindRound(report.Period)?.Cutoff;
        }

        return Dates.TryParse(report.Period + "-01", out var first) ? Dates.MonthEnd(first) : null;
    }
}
