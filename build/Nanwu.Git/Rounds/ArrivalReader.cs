using Nanwu.Aggregation;
using Nanwu.Git.Trees;

namespace Nanwu.Git.Rounds;

/// <summary>
/// When each data file first reached main: the committer date (China Standard Time) of the
/// oldest commit on main's first-parent line that added it. A merged pull request arrives with
/// its merge commit. A village's data repository (a submodule) is read in its own history, up
/// to the commit the township repository names: the village submitted when its main got it.
/// </summary>
public static class ArrivalReader
{
    // Note: renames are not followed (--no-renames): a record moved to a new path arrives anew on
    // the day of the move, which matches how the loader sees it (a new file) but can make it late.
    public static Arrivals Read(GitRepo repo, string revision, ISubmodules? submodules)
    {
        var found = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        Collect(repo, revision, submodules, "", found);
        return new Arrivals(found);
    }

    private static void Collect(
        GitRepo repo, string revision, ISubmodules? submodules, string prefix, Dictionary<string, DateOnly> found)
    {
        var scope = prefix.Length == 0 ? "data" : ".";
        var log = repo.Git.Text("-c", "core.quotepath=off", "log", "--first-parent", "-m", "--no-renames",
            "--diff-filter=A", "--name-only", "--format=>%cI", revision, "--", scope);
        DateOnly? date = null;
        foreach (var line in log.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith('>'))
            {
                date = GitRepo.DayOf(line[1..]);
            }
            else if (date is { } d)
            {
                // The log runs newest first, so the last date seen for a path is its first arrival.
                found[prefix.Length == 0 ? line : $"{prefix}/{line}"] = d;
            }
        }

        if (submodules is null)
        {
            return;
        }

        foreach (var link in repo.Tree(revision, scope).Where(e => e.IsGitlink))
        {
            var path = prefix.Length == 0 ? link.Path : $"{prefix}/{link.Path}";
            if (submodules.Open(path) is { } sub && sub.HasCommit(link.Object))
            {
                Collect(sub, link.Object, null, path, found);
            }
        }
    }
}
