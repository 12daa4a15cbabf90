namespace Nanwu.EndToEnd.Tests;

/// <summary>A temporary folder removed when disposed.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } =
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nanwu-e2e-" + Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    /// <summary>Every file below a folder with its bytes, keyed by relative path, for comparing two outputs.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => System.IO.Path.GetRelativePath(folder, f), File.ReadAllBytes), StringComparer.Ordinal);
}
