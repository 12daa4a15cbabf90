using Nanwu.Records.Values;

namespace Nanwu.Records.Model;

/// <summary>A reporting round of 附件2: id, 统计截止 and 报送期限.</summary>
public sealed record Round(string Id, DateOnly Cutoff, DateOnly Due);

/// <summary>rounds.yaml: the campaign's dates and its rounds, in order.</summary>
public sealed record Campaign(
    DateOnly Start,
    DateOnly End,
    DateOnly GitTrustedFrom,
    int MonthlyDueDay,
    IReadOnlyList<Round> Rounds,
    RecordSource Source)
{
    public Round? FindRound(string id) => Rounds.FirstOrDefault(r => r.Id == id);

    /// <summary>The due date of the monthly report for the month starting at <paramref name="month"/>.</summary>
    public DateOnly MonthlyDue(DateOnly month)
    {
        // A hostile rounds.yaml can reach the last month of the calendar; there is no month after it.
        var end = Dates.MonthEnd(month);
        return end.Year == DateOnly.MaxValue.Year && end.Month == 12 ? DateOnly.MaxValue : end.AddDays(MonthlyDueDay);
    }

    /// <summary>The months from the campaign start up to and including the month of <paramref name="last"/>.</summary>
    public IEnumerable<DateOnly> MonthsThrough(DateOnly last)
    {
        for (var m = new DateOnly(Start.Year, Start.Month, 1); m <= last; m = m.AddMonths(1))
        {
            yield return m;
            if (m.Year == DateOnly.MaxValue.Year && m.Month == 12)
            {
                yield break;
            }
        }
    }
}
