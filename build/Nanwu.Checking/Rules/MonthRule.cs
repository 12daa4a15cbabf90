using Nanwu.Records.Diagnostics;
using Nanwu.Records.Values;

namespace Nanwu.Checking.Rules;

/// <summary>A monthly report is for a month of the campaign that has already ended by the as-of date.</summary>
internal sealed class MonthRule : IRule
{
    public void Check(CheckContext context)
    {
        if (context.Data.Campaign is not { } campaign)
        {
            return;
        }

        var first = new DateOnly(campaign.Start.Year, campaign.Start.Month, 1);
        var lastEnded = new DateOnly(context.AsOf.Year, context.AsOf.Month, 1).AddMonths(-1);
        var campaignLast = new DateOnly(campaign.End.Year, campaign.End.Month, 1);
        var last = lastEnded < campaignLast ? lastEnded : campaignLast;
        foreach (var report in context.Data.Monthly)
        {
            if (!Dates.TryParse(report.Period + "-01", out var month) || month < first || month > last)
            {
                context.Report(Messages.MonthOutsideCampaign(SourceSpan.FileStart(report.Source.Path),
                    report.Period, first.ToString("yyyy-MM"), last.ToString("yyyy-MM")));
            }
        }
    }
}
