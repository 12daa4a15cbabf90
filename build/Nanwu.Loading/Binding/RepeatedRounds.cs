using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Loading.Binding;

/// <summary>
/// A round id written twice in rounds.yaml would give two tables for one round and two pages
/// with one address. The first entry is kept; each repeat is reported and dropped, so no later
/// stage ever sees a round twice.
/// </summary>
internal static class RepeatedRounds
{
    public static Campaign? Drop(Campaign? campaign, DiagnosticBag bag)
    {
        if (campaign is null)
        {
            return null;
        }

        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<Round>();
        for (var i = 0; i < campaign.Rounds.Count; i++)
        {
            var round = campaign.Rounds[i];
            if (first.TryGetValue(round.Id, out var earlier))
            {
                var field = $"轮次.{i}.编号";
                bag.Add(Messages.RepeatedRound(campaign.Source.At(field), field, round.Id, earlier + 1));
                continue;
            }

            first[round.Id] = i;
            kept.Add(round);
        }

        return kept.Count == campaign.Rounds.Count ? campaign : campaign with { Rounds = kept };
    }
}
