using System.Text.RegularExpressions;
using Nanwu.Git.Trees;

namespace Nanwu.Git.Changes;

/// <summary>
/// Walks the commits new to main (base..head, merges skipped: their changes are their parents'),
/// and, where a commit moves a submodule, the submodule's commits in between.
/// </summary>
public static partial class CommitWalker
{
    // Note: the changes a merge commit makes itself (hand edits while resolving a conflict) are not
    // walked; only the commits it brings in are.
    public static IReadOnlyList<CommitChanges> Walk(
        GitRepo repo, string? baseCommit, string head, ISubmodules? submodules, string prefix = "",
        string? inheritedReason = null)
    {
        var result = new List<CommitChanges>();
        foreach (var id in repo.NewCommits(baseCommit, head))
        {
            var info = repo.Commit(id);
            var reason = ReasonOf(info.Message) ?? inheritedReason;
            var raw = repo.ChangesOf(id);
            // Moved submodules are walked commit by commit below; added or removed ones count as files.
            var plain = raw.Where(c => !Moved(c) || submodules?.Open(Join(prefix, c.Path)) is null);
            result.Add(new CommitChanges(info, reason, ChangeReader.Expand(plain, submodules, prefix)));
            foreach (var link in raw.Where(Moved))
            {
                var path = Join(prefix, link.Path);
                if (submodules?.Open(path) is { } sub && sub.HasCommit(link.NewObject))
                {
                    var from = sub.HasCommit(link.OldObject) ? link.OldObject : null;
                    result.AddRange(Walk(sub, from, link.NewObject, null, path, reason));
                }
            }
        }

        return result;
    }

    /// <summary>The reason of a line <c>更正: 理由</c> (full-width colon too) anywhere in a commit message.</summary>
    public static string? ReasonOf(string message)
    {
        var match = CorrectionLine().Match(message);
        return match.Success ? match.Groups[1].Value.Trim() : null;
    }

    private static bool Moved(RawChange change) => change.OldMode == "160000" && change.NewMode == "160000";

    private static string Join(string prefix, string path) => prefix.Length == 0 ? path : $"{prefix}/{path}";

    [GeneratedRegex(@"^[ \t]*更正[ \t]*[:：][ \t]*(\S.*)$", RegexOptions.Multiline)]
    private static partial Regex CorrectionLine();
}
