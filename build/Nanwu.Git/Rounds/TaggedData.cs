using Nanwu.Git.Trees;
using Nanwu.Loading;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Git.Rounds;

/// <summary>The data of one commit (a tag, a pull request's base), exported and loaded.</summary>
public static class TaggedData
{
    /// <summary>Loads data/ and schemas/ as committed; loading problems go to <paramref name="bag"/>.</summary>
    public static DataSet Load(GitRepo repo, string commit, ISubmodules? submodules, DiagnosticBag bag)
    {
        using var folder = new TempFolder("commit");
        TreeExport.Export(repo, commit, folder.Path, submodules, only: TreeExport.DataPaths);
        return new DataLoader(folder.Path, ReadLimits.Default).Load(bag);
    }
}
