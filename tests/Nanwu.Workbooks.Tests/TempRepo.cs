using Nanwu.TestSupport;

namespace Nanwu.Workbooks.Tests;

/// <summary>
/// A copy of the repository's data/ and schemas/ (and, to build the sites, site-templates/) in a
/// temporary folder, removed when disposed.
/// </summary>
public sealed class TempRepo : IDisposable
{
    public TempRepo(params string[] more)
    {
        foreach (var folder in more.Prepend("schemas").Prepend("data"))
        {
            Copy(Repo.Path(folder), System.IO.Path.Combine(Path, folder));
        }
    }

    public string Path { get; } =
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nanwu-wb-" + Guid.NewGuid().ToString("N"));

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Writes a file into the folder (a workbook to import, say) and returns its full path.</summary>
    public string Put(string name, byte[] bytes)
    {
        var full = File(name);
        System.IO.File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    /// <summary>Every file below data/ with its bytes, keyed by path relative to data/.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string dataFolder) =>
        new(Directory.GetFiles(dataFolder, "*", SearchOption.AllDirectories)
            .ToDictionary(
                f => System.IO.Path.GetRelativePath(dataFolder, f).Replace('\\', '/'),
                System.IO.File.ReadAllBytes),
            StringComparer.Ordinal);

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            System.IO.File.Copy(file, target);
        }
    }
}
