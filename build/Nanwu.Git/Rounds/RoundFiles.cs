using Nanwu.Loading.Files;
using Nanwu.Records.Model;

namespace Nanwu.Git.Rounds;

/// <summary>
/// Which round a file belongs to: a round's 附件2 (work-stats/&lt;round&gt;.yaml) and the monthly
/// reports summed into it for the first time, i.e. the months after the previous round's
/// cut-off up to its own. Clues and cross-province cases are a living register (a case is
/// filed and closed over months) and belong to no round.
/// </summary>
public static class RoundFiles
{
    public static string? RoundOf(string path, Campaign campaign)
    {
        if (!path.StartsWith("data/", StringComparison.Ordinal) || DataLayout.Classify(path[5..]) is not { } place)
        {
            return null;
        }

        switch (place.Kind)
        {
            case RecordKind.WorkStats:
                return campaign.FindRound(place.Id)?.Id;
            case RecordKind.Monthly when DateOnly.TryParseExact(place.Id + "-01", "yyyy-MM-dd", out var month):
                return campaign.Rounds.FirstOrDefault(r => month <= r.Cutoff)?.Id;
            default:
                return null;
        }
    }

    /// <summary>The months whose reports belong to a round, as yyyy-MM.</summary>
    public static IReadOnlyList<string> MonthsOf(Round round, Campaign campaign)
    {
        var index = campaign.Rounds.ToList().IndexOf(round);
        var after = index > 0 ? campaign.Rounds[index - 1].Cutoff : DateOnly.MinValue;
        return campaign.MonthsThrough(round.Cutoff)
            .Where(m => new DateOnly(m.Year, m.Month, 1).AddMonths(1).AddDays(-1) > after)
            .Select(m => m.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
    }
}
