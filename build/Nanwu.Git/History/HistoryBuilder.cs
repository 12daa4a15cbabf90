using Nanwu.Aggregation;
using Nanwu.Aggregation.History;
using Nanwu.Git.Changes;
using Nanwu.Git.Rounds;
using Nanwu.Git.Trees;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Git.History;

/// <summary>
/// The closed rounds, each from its own tag (the data as it was when tagged), compared with the
/// previous round (its tag's data when that round is closed too), with the corrections made
/// to the round's files after the tag.
/// </summary>
public static class HistoryBuilder
{
    public static IReadOnlyList<ClosedRound> Build(
        GitRepo repo, string head, Campaign campaign, ISubmodules? submodules)
    {
        var tags = repo.RoundTags().ToDictionary(t => t.RoundId, StringComparer.Ordinal);
        var loaded = new Dictionary<string, DataSet>(StringComparer.Ordinal);
        DataSet Load(RoundTag tag) => loaded.TryGetValue(tag.Name, out var d)
            ? d
            : loaded[tag.Name] = TaggedData.Load(repo, tag.Commit, submodules, new DiagnosticBag());

        var result = new List<ClosedRound>();
        Round? previous = null;
        foreach (var round in campaign.Rounds)
        {
            if (tags.TryGetValue(round.Id, out var tag))
            {
                result.Add(Closed(repo, head, campaign, submodules, tag, Load(tag), previous, previous is null ? null
                    : tags.TryGetValue(previous.Id, out var before) ? (before, Load(before)) : null));
            }

            previous = round;
        }

        return result;
    }

    private static ClosedRound Closed(GitRepo repo, string head, Campaign campaign, ISubmodules? submodules,
        RoundTag tag, DataSet now, Round? previous, (RoundTag Tag, DataSet Data)? previousTagged)
    {
        var round = now.Campaign?.FindRound(tag.RoundId) ?? campaign.FindRound(tag.RoundId)!;
        RoundSide? before = previous is null ? null
            : previousTagged is { } p ? new RoundSide(p.Data, p.Data.Campaign?.FindRound(previous.Id) ?? previous, true)
            : new RoundSide(now, now.Campaign?.FindRound(previous.Id) ?? previous, false);
        var compared = RoundComparer.Compare(new RoundSide(now, round, true), before);
        var after = repo.IsAncestor(tag.Commit, head) ? CommitWalker.Walk(repo, tag.Commit, head, submodules) : [];
        return new ClosedRound(round, tag, previous?.Id, previousTagged?.Tag.Name, compared.Owners, compared.Township,
            ClosedRoundGuard.Corrections(after, campaign, round.Id), compared.Warnings);
    }
}
