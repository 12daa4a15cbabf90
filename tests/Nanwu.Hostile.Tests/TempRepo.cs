using Nanwu.Synthetic;
using Nanwu.TestSupport;

namespace Nanwu.Hostile.Tests;

/// <summary>A throw-away repository (data/, schemas/, site-templates/) in the temp folder.</summary>
public sealed class TempRepo : IDisposable
{
    private TempRepo()
    {
        Root = Path.Combine(Path.GetTempPath(), "nanwu-hostile-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Out => Path.Combine(Root, "out");

    /// <summary>An empty folder.</summary>
    public static TempRepo Empty() => new();

    /// <summary>A copy of the repository's sample data and everything a build needs.</summary>
    public static TempRepo FromSample()
    {
        var repo = new TempRepo();
        SyntheticData.CopyToolFiles(Repo.Root, repo.Root);
        Copy(Repo.Path("data"), Path.Combine(repo.Root, "data"));
        return repo;
    }

    /// <summary>A generated data set and everything a build needs.</summary>
    public static (TempRepo Repo, SyntheticResult Result) Synthetic(SyntheticOptions options)
    {
        var repo = new TempRepo();
        SyntheticData.CopyToolFiles(Repo.Root, repo.Root);
        return (repo, SyntheticData.Generate(repo.Root, options));
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        var full = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
