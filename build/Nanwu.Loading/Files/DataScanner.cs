using System.IO.Enumeration;
using Nanwu.Records.Diagnostics;

namespace Nanwu.Loading.Files;

/// <summary>
/// Lists every file under data/ in ordinal order without following links, with each file's size
/// and time of last change (what a rebuild judges change by). Links are reported (a link could
/// point out of data/), never read.
/// </summary>
public static class DataScanner
{
    public static IReadOnlyList<string> Scan(string repoRoot, ICollection<Diagnostic> diagnostics) =>
        ScanWithStamps(repoRoot, diagnostics).Select(f => f.Path).ToList();

    /// <summary>The files with their stamps, from the one directory walk (no second look at each file).</summary>
    public static IReadOnlyList<ScannedFile> ScanWithStamps(string repoRoot, ICollection<Diagnostic> diagnostics)
    {
        var dataRoot = Path.Combine(repoRoot, "data");
        if (!Directory.Exists(dataRoot))
        {
            diagnostics.Add(Messages.MissingRequiredFile("data/"));
            return [];
        }

        var root = Path.GetFullPath(repoRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var links = new List<string>();
        var found = new List<ScannedFile>();

        // The folders two levels down (data/villages/<id>, data/townships/<id>) are walked two at a
        // time: the walk waits on the file system, and a province has 28,000 village folders.
        var folders = new List<string>();
        Walk(dataRoot, recurse: false, folders);
        var deeper = new List<string>();
        foreach (var folder in folders)
        {
            Walk(folder, recurse: false, deeper);
        }

        Parallel.ForEach(deeper, folder => Walk(folder, recurse: true, null));
        found.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        foreach (var link in links.Order(StringComparer.Ordinal))
        {
            diagnostics.Add(Messages.Symlink(link));
        }

        return found;

        // Lists a folder's files (all below it when recurse); without recurse its sub-folders go to
        // subFolders for a later walk. Links are reported and never entered; .git belongs to Git.
        void Walk(string folder, bool recurse, List<string>? subFolders)
        {
            var options = new EnumerationOptions
            {
                RecurseSubdirectories = recurse, AttributesToSkip = 0, IgnoreInaccessible = false,
            };
            var entries = new FileSystemEnumerable<(string Path, bool Folder, bool Link, long Length, long Ticks)>(
                folder, (ref FileSystemEntry entry) =>
                {
                    var relative = entry.ToFullPath()[root.Length..].Replace('\\', '/');
                    var link = (entry.Attributes & FileAttributes.ReparsePoint) != 0;
                    return link || entry.IsDirectory
                        ? (relative, entry.IsDirectory, link, 0, 0)
                        : (relative, false, false, entry.Length, entry.LastWriteTimeUtc.UtcTicks);
                }, options)
            {
                ShouldRecursePredicate = (ref FileSystemEntry entry) =>
                    (entry.Attributes & FileAttributes.ReparsePoint) == 0 && !entry.FileName.SequenceEqual(".git"),
                ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.FileName.SequenceEqual(".git"),
            };
            var files = new List<ScannedFile>();
            var local = new List<string>();
            foreach (var (path, isFolder, isLink, length, ticks) in entries)
            {
                if (isLink)
                {
                    local.Add(path);
                }
                else if (!isFolder)
                {
                    files.Add(new ScannedFile(path, length, ticks));
                }
                else if (!recurse)
                {
                    subFolders!.Add(root + path);
                }
            }

            lock (found)
            {
                found.AddRange(files);
                links.AddRange(local);
            }
        }
    }
}

/// <summary>A file of data/: its path from the repository root, size and time of last change (UTC ticks).</summary>
public sealed record ScannedFile(string Path, long Length, long Ticks);
