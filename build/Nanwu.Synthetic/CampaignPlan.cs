using Nanwu.Records.Model;

namespace Nanwu.Synthetic;

/// <summary>
/// The campaign a data set is generated for: start 2024-07-01, a round every six months from
/// 2024-12 (cut-off the last day of the month before, due on the 15th), monthly reports due on
/// the 15th. The data set is built as of the last round's due date, so every record is in time.
/// </summary>
internal sealed record CampaignPlan(DateOnly Start, DateOnly End, IReadOnlyList<Round> Rounds, DateOnly AsOf)
{
    public const int MonthlyDueDay = 15;

    public static CampaignPlan For(int rounds)
    {
        var list = Enumerable.Range(0, Math.Max(1, rounds))
            .Select(k =>
            {
                var dueMonth = new DateOnly(2024, 12, 1).AddMonths(6 * k);
                var due = dueMonth.AddDays(MonthlyDueDay - 1);
                return new Round(dueMonth.ToString("yyyy-MM"), dueMonth.AddDays(-1), due);
            })
            .ToList();
        var last = list[^1];
        var end = new DateOnly(last.Due.Year, last.Due.Month, 1).AddMonths(1).AddDays(-1);
        return new CampaignPlan(new DateOnly(2024, 7, 1), end, list, last.Due);
    }

    /// <summary>Every month from the start through the last round's cut-off: all ended by the as-of date.</summary>
    public IReadOnlyList<DateOnly> Months
    {
        get
        {
            var months = new List<DateOnly>();
            for (var m = Start; m <= Rounds[^1].Cutoff; m = m.AddMonths(1))
            {
                months.Add(m);
            }

            return months;
        }
    }

    /// <summary>The last day of a month.</summary>
    public static DateOnly MonthEnd(DateOnly month) => month.AddMonths(1).AddDays(-1);
}
