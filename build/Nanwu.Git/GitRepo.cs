using System.Globalization;
using Nanwu.Aggregation;
using Nanwu.Records.Values;

namespace Nanwu.Git;

/// <summary>The questions Nanwu asks a repository, each one git command.</summary>
public sealed class GitRepo(GitRunner git)
{
    public GitRunner Git { get; } = git;

    public string Directory => Git.Directory;

    /// <summary>The repository at <paramref name="directory"/>, or null when it is not inside one.</summary>
    public static GitRepo? Open(string directory, bool inheritRepositoryEnvironment = false)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            return null;
        }

        var runner = new GitRunner(directory, inheritRepositoryEnvironment);
        return runner.Succeeds("rev-parse", "--git-dir") ? new GitRepo(runner) : null;
    }

    /// <summary>The top of the work tree, or null for a bare repository.</summary>
    public string? WorkTree()
    {
        var result = Git.Run(["rev-parse", "--show-toplevel"]);
        return result.Ok ? result.Output.Trim() : null;
    }

    /// <summary>The commit a revision names, or null when there is none.</summary>
    public string? Resolve(string revision)
    {
        var result = Git.Run(["rev-parse", "--verify", "--quiet", revision + "^{commit}"]);
        return result.Ok ? result.Output.Trim() : null;
    }

    public bool HasCommit(string commit) => Git.Succeeds("cat-file", "-e", commit + "^{commit}");

    public bool IsAncestor(string ancestor, string descendant) =>
        Git.Succeeds("merge-base", "--is-ancestor", ancestor, descendant);

    public string? MergeBase(string a, string b)
    {
        var result = Git.Run(["merge-base", a, b]);
        return result.Ok ? result.Output.Trim() : null;
    }

    public CommitInfo Commit(string commit)
    {
        var text = Git.Text("log", "-1", "--format=%H%x00%an%x00%cI%x00%B", commit);
        var parts = text.Split('\0', 4);
        return new CommitInfo(parts[0], parts[1], DayOf(parts[2]), parts[3].TrimEnd());
    }

    /// <summary>The non-merge commits in base..head (all of head's without a base), oldest first.</summary>
    public IReadOnlyList<string> NewCommits(string? baseCommit, string head)
    {
        var range = baseCommit is null ? head : $"{baseCommit}..{head}";
        return Lines(Git.Text("rev-list", "--no-merges", "--reverse", range));
    }

    /// <summary>What one commit changed against its first parent (everything, for a root commit).</summary>
    public IReadOnlyList<RawChange> ChangesOf(string commit) =>
        RawChange.Parse(Git.Text("diff-tree", "-r", "-z", "--raw", "--no-abbrev", "--no-renames", "--root",
            "--no-commit-id", commit));

    /// <summary>What changed from one commit to another; with no <paramref name="head"/>, to the work tree.</summary>
    public IReadOnlyList<RawChange> Diff(string baseCommit, string? head)
    {
        List<string> arguments = ["diff", "--raw", "-z", "--no-abbrev", "--no-renames", baseCommit];
        if (head is not null)
        {
            arguments.Add(head);
        }

        return RawChange.Parse(Git.Text([.. arguments]));
    }

    /// <summary>Files in the work tree that git does not track yet (new records not added).</summary>
    public IReadOnlyList<string> Untracked(params string[] paths) =>
        Git.Text(["ls-files", "-z", "--others", "--exclude-standard", "--", .. paths])
            .Split('\0', StringSplitOptions.RemoveEmptyEntries);

    public bool IsDirty(params string[] paths) =>
        Git.Text(["status", "--porcelain", "--", .. paths]).Trim().Length > 0;

    /// <summary>Every entry of a commit's tree below the given paths (all of it when none), recursively.</summary>
    public IReadOnlyList<TreeEntry> Tree(string commit, params string[] paths)
    {
        var text = Git.Text(["ls-tree", "-r", "-z", "--full-tree", commit, "--", .. paths]);
        return text.Split('\0', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            var tab = line.IndexOf('\t');
            var head = line[..tab].Split(' ');
            return new TreeEntry(head[0], head[1], head[2], line[(tab + 1)..]);
        }).ToList();
    }

    /// <summary>The annotated tags <c>round/*</c>, each with the commit it names and its message.</summary>
    public IReadOnlyList<RoundTag> RoundTags()
    {
        var text = Git.Text("for-each-ref", "--format=%(refname:strip=2)%00%(*objectname)%00%(objectname)%00" +
            "%(taggerdate:iso-strict)%00%(creatordate:iso-strict)", "refs/tags/" + RoundTag.Prefix);
        return Lines(text).Select(line =>
        {
            var f = line.Split('\0');
            var commit = f[1].Length > 0 ? f[1] : f[2];
            var message = f[1].Length > 0 ? Git.Text("tag", "-l", "--format=%(contents)", f[0]).TrimEnd() : "";
            var date = DayOf(f[3].Length > 0 ? f[3] : f[4]);
            return new RoundTag(f[0][RoundTag.Prefix.Length..], f[0], commit, date, message);
        }).ToList();
    }

    /// <summary>The calendar date in China Standard Time of an ISO 8601 instant printed by git.</summary>
    public static DateOnly DayOf(string isoInstant) =>
        Dates.InChina(DateTimeOffset.Parse(isoInstant.Trim(), CultureInfo.InvariantCulture));

    private static List<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
