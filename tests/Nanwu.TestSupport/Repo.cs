namespace Nanwu.TestSupport;

/// <summary>Paths of the repository the tests run in.</summary>
public static class Repo
{
    /// <summary>The repository root: the folder holding nanwu.sln, found upwards from the test binary.</summary>
    public static string Root { get; } = FindRoot();

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "nanwu.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("nanwu.sln not found above " + AppContext.BaseDirectory);
    }
}
