using Nanwu.Checking.Rules;

namespace Nanwu.Checking;

/// <summary>Runs every domain rule over a loaded data set.</summary>
public static class Checker
{
    public static IReadOnlyList<IRule> Rules { get; } =
    [
        new CampaignRule(),
        new VillageRule(),
        new FormReportRule(),
        new MonthRule(),
        new ClueRule(),
        new CrossProvinceRule(),
        new NoticeRule(),
        new NoticeMarkupRule(),
        new PeriodNameRule(),
        new ClueCountRule(),
        new SameSubjectRule(),
        new RunningTotalRule(),
        new MonthlySumRule(),
    ];

    public static void Check(CheckContext context)
    {
        foreach (var rule in Rules)
        {
            rule.Check(context);
        }
    }
}
