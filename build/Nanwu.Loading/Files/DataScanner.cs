using Nanwu.Records.Diagnostics;

namespace Nanwu.Loading.Files;

/// <summary>
/// Lists every file under data/ in ordinal order without following links. Links are
/// reported (a link could point out of data/), never read.
/// </summary>
public static class DataScanner
{
    public static IReadOnlyList<string> Scan(string repoRoot, ICollection<Diagnostic> diagnostics)
    {
        var dataRoot = Path.Combine(repoRoot, "data");
        var found = new List<string>();
        if (!Directory.Exists(dataRoot))
        {
            diagnostics.Add(Messages.MissingRequiredFile("data/"));
            return found;
        }

        Walk(new DirectoryInfo(dataRoot));
        found.Sort(StringComparer.Ordinal);
        return found;

        void Walk(DirectoryInfo folder)
        {
            foreach (var entry in folder.EnumerateFileSystemInfos())
            {
                var relative = Path.GetRelativePath(repoRoot, entry.FullName).Replace('\\', '/');
                if (entry.Name == ".git")
                {
                    // A village kept in its own repository (a submodule, docs/git-workflow.md) has Git's
                    // link file here; it belongs to Git, not to the data.
                    continue;
                }

                if (entry.LinkTarget is not null)
                {
                    diagnostics.Add(Messages.Symlink(relative));
                }
                else if (entry is DirectoryInfo sub)
                {
                    Walk(sub);
                }
                else
                {
                    found.Add(relative);
                }
            }
        }
    }
}
