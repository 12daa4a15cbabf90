using Nanwu.TestSupport;

namespace Nanwu.PublicSite.Tests;

/// <summary>
/// Screenshots kept for a person to look at: tests/Nanwu.PublicSite.Tests/artifacts/ (git-ignored),
/// overwritten on every run.
/// </summary>
public static class Artifacts
{
    public static string Folder { get; } = Repo.Path("tests/Nanwu.PublicSite.Tests/artifacts");

    public static string PathOf(string name)
    {
        Directory.CreateDirectory(Folder);
        return Path.Combine(Folder, name);
    }
}
