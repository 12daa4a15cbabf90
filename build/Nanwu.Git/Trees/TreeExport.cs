using System.Formats.Tar;

namespace Nanwu.Git.Trees;

/// <summary>
/// Writes the files of a commit (data/ and schemas/, or all of a village repository) into a
/// folder, so the loader reads them exactly as committed. Submodules are exported from their
/// own repositories at the commit the tree names; one that cannot be found is listed.
/// </summary>
public static class TreeExport
{
    /// <summary>The parts of a township repository that loading and checking read.</summary>
    public static readonly string[] DataPaths = ["data", "schemas"];

    /// <returns>The submodules (path, commit) whose commit could not be found.</returns>
    public static IReadOnlyList<(string Path, string Commit)> Export(
        GitRepo repo, string commit, string destination, ISubmodules? submodules, string prefix = "",
        IReadOnlyList<string>? only = null)
    {
        var top = repo.Git.Text("ls-tree", "-z", "--name-only", commit)
            .Split('\0', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var paths = only is null ? [] : only.Where(top.Contains).ToList();
        if (only is not null && paths.Count == 0)
        {
            return [];
        }

        var root = prefix.Length == 0 ? destination : Path.Combine(destination, prefix);
        Directory.CreateDirectory(root);
        repo.Git.Stream(["archive", "--format=tar", commit, "--", .. paths], stream => Extract(stream, root));

        var missing = new List<(string, string)>();
        foreach (var link in repo.Tree(commit, [.. paths]).Where(e => e.IsGitlink))
        {
            var sub = submodules?.Open(Join(prefix, link.Path));
            if (sub is null || !sub.HasCommit(link.Object))
            {
                missing.Add((Join(prefix, link.Path), link.Object));
                continue;
            }

            missing.AddRange(Export(sub, link.Object, destination, null, Join(prefix, link.Path)));
        }

        return missing;
    }

    private static void Extract(Stream tar, string root)
    {
        using var reader = new TarReader(tar, leaveOpen: true);
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is TarEntryType.GlobalExtendedAttributes or TarEntryType.ExtendedAttributes)
            {
                continue;
            }

            var relative = entry.Name.TrimEnd('/');
            if (relative.Length == 0 || relative.StartsWith('/') || relative.Split('/').Contains(".."))
            {
                throw new GitException($"git archive gave an unsafe path: {entry.Name}");
            }

            var target = Path.Combine(root, relative);
            switch (entry.EntryType)
            {
                case TarEntryType.Directory:
                    Directory.CreateDirectory(target);
                    break;
                case TarEntryType.SymbolicLink:
                    // Kept as a link, never followed, so the loader reports it (F003) as it would in a clone.
                    File.CreateSymbolicLink(target, entry.LinkName);
                    break;
                default:
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    using (var file = File.Create(target))
                    {
                        entry.DataStream?.CopyTo(file);
                    }

                    break;
            }
        }
    }

    private static string Join(string prefix, string path) => prefix.Length == 0 ? path : $"{prefix}/{path}";
}
