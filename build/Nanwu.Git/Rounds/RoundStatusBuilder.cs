using Nanwu.Aggregation;
using Nanwu.Records.Model;

namespace Nanwu.Git.Rounds;

/// <summary>Builds a round's status from the data and Git's arrivals (none: 填报时间 decides).</summary>
public static class RoundStatusBuilder
{
    public static RoundStatusReport? Build(DataSet data, string roundId, DateOnly asOf, Arrivals arrivals)
    {
        if (data.Campaign?.FindRound(roundId) is not { } round)
        {
            return null;
        }

        var summary = Aggregator.Summarise(data, asOf, arrivals);
        var months = RoundFiles.MonthsOf(round, data.Campaign).ToHashSet(StringComparer.Ordinal);
        var roundMonths = summary.Months.Where(m => months.Contains(m.Month)).ToList();
        var thisRound = summary.Rounds.Where(r => r.Round.Id == roundId).ToList();
        var warnings = ArrivalWarnings.Of(summary with { Rounds = thisRound, Months = roundMonths });
        return new RoundStatusReport(round, asOf, data.Township?.Name ?? "", data.Township?.Phone ?? "",
            summary.Rounds.Single(r => r.Round.Id == roundId), roundMonths, warnings);
    }
}
