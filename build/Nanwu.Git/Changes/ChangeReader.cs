using Nanwu.Git.Trees;

namespace Nanwu.Git.Changes;

/// <summary>
/// Lists the files a change touched. A submodule whose commit moved is opened and diffed in its
/// own repository, so a village's data repository shows as the files under data/villages/&lt;id&gt;/.
/// </summary>
public static class ChangeReader
{
    /// <summary>From <paramref name="baseCommit"/> to <paramref name="head"/>, or to the work tree.</summary>
    public static IReadOnlyList<ChangedFile> Between(
        GitRepo repo, string baseCommit, string? head, ISubmodules? submodules, string prefix = "")
    {
        var files = new List<ChangedFile>();
        foreach (var change in repo.Diff(baseCommit, head))
        {
            files.AddRange(Expand(change, submodules, prefix));
        }

        if (head is null)
        {
            // A submodule (prefix set) is a village repository: all of it is data.
            var untracked = prefix.Length == 0 ? repo.Untracked(TreeExport.DataPaths) : repo.Untracked();
            files.AddRange(untracked.Select(p => new ChangedFile(Join(prefix, p), 'A')));
        }

        return Distinct(files);
    }

    /// <summary>The files changed by a list of raw changes (one commit's), submodules expanded.</summary>
    public static IReadOnlyList<ChangedFile> Expand(
        IEnumerable<RawChange> changes, ISubmodules? submodules, string prefix = "") =>
        Distinct(changes.SelectMany(c => Expand(c, submodules, prefix)));

    /// <summary>Every file of a tree as added (a first push, or a submodule that appeared).</summary>
    public static IReadOnlyList<ChangedFile> AllOf(
        GitRepo repo, string commit, ISubmodules? submodules, string prefix = "")
    {
        var files = new List<ChangedFile>();
        foreach (var entry in repo.Tree(commit))
        {
            var path = Join(prefix, entry.Path);
            var sub = entry.IsGitlink ? submodules?.Open(path) : null;
            files.AddRange(sub is not null && sub.HasCommit(entry.Object)
                ? AllOf(sub, entry.Object, null, path)
                : [new ChangedFile(path, 'A')]);
        }

        return files;
    }

    private static IEnumerable<ChangedFile> Expand(RawChange change, ISubmodules? submodules, string prefix)
    {
        var path = Join(prefix, change.Path);
        var sub = change.IsGitlink ? submodules?.Open(path) : null;
        if (sub is null)
        {
            return [new ChangedFile(path, change.Status)];
        }

        var (old, now) = (change.OldObject, change.NewObject);
        if (change.OldMode != "160000")
        {
            return sub.HasCommit(now) ? AllOf(sub, now, null, path) : [new ChangedFile(path, 'A')];
        }

        if (change.NewMode != "160000")
        {
            return sub.HasCommit(old) ? AllOf(sub, old, null, path).Select(f => f with { Status = 'D' }) : [];
        }

        if (!sub.HasCommit(old))
        {
            return [new ChangedFile(path, 'M')];
        }

        // A zero object on a gitlink that stays means the submodule's own work tree (a diff against it).
        var head = now == RawChange.ZeroObject ? null : now;
        return head is null || sub.HasCommit(head) ? Between(sub, old, head, null, path) : [new ChangedFile(path, 'M')];
    }

    private static List<ChangedFile> Distinct(IEnumerable<ChangedFile> files) =>
        files.GroupBy(f => f.Path, StringComparer.Ordinal).Select(g => g.Last())
            .OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

    private static string Join(string prefix, string path) => prefix.Length == 0 ? path : $"{prefix}/{path}";
}
