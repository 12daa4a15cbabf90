using Nanwu.Aggregation;
using Nanwu.Git.Changes;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Git.Rounds;

/// <summary>
/// Once a round is tagged, a commit new to main that changes the round's files must say why
/// with a line <c>更正: 理由</c>; every file changed without one is named (G002).
/// </summary>
public static class ClosedRoundGuard
{
    public static IReadOnlyList<Diagnostic> Check(
        IEnumerable<CommitChanges> commits, Campaign? campaign, IReadOnlyList<RoundTag> tags)
    {
        if (campaign is null || tags.Count == 0)
        {
            return [];
        }

        var problems = new List<Diagnostic>();
        foreach (var commit in commits.Where(c => c.Reason is null))
        {
            foreach (var file in commit.Files)
            {
                if (RoundFiles.RoundOf(file.Path, campaign) is { } round
                    && tags.FirstOrDefault(t => t.RoundId == round) is { } tag)
                {
                    problems.Add(Messages.ClosedRoundChanged(file.Path, round, tag.Name, commit.Commit.Short));
                }
            }
        }

        return problems;
    }

    /// <summary>The commits after a round's tag that changed its files: the round's corrections.</summary>
    public static IReadOnlyList<Aggregation.History.Correction> Corrections(
        IEnumerable<CommitChanges> commitsAfterTag, Campaign campaign, string roundId) =>
        commitsAfterTag
            .Select(c => (c, Files: c.Files.Where(f => RoundFiles.RoundOf(f.Path, campaign) == roundId).ToList()))
            .Where(x => x.Files.Count > 0)
            .Select(x => new Aggregation.History.Correction(x.c.Commit.Id, x.c.Commit.CommittedOn, x.c.Commit.Author,
                x.c.Reason, x.Files.Select(f => f.Path).ToList()))
            .ToList();
}
