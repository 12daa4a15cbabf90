using Nanwu.Git.Trees;
using Nanwu.Loading;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Git.Hooks;

/// <summary>
/// Lays out a pushed commit in the township layout for loading. In the township repository
/// that is its data/ and schemas/ (villages' submodules from their repositories when
/// nanwu.villageRepos says where); in a village's repository, the township repository's main
/// with this commit placed at the village's folder.
/// </summary>
public sealed class PushLayout(GitRepo repo, HookConfig config)
{
    // Note: in a village's repository the other villages are absent, so rules across villages
    // (R012, the same subject open in two villages) are left to the township repository's hook and CI.
    private readonly GitRepo? _township = config.IsVillageRepository ? GitRepo.Open(config.TownshipRepo!) : null;

    public ISubmodules? Submodules { get; } =
        config.VillageRepos is { } pattern && !config.IsVillageRepository ? new ServerSubmodules(pattern) : null;

    /// <summary>Where this repository's files sit in the township layout: "" or data/villages/&lt;id&gt;.</summary>
    public string Prefix => config.IsVillageRepository ? config.Mount!.Trim('/') : "";

    /// <summary>The repository that holds the round tags.</summary>
    public GitRepo TagRepository => _township ?? repo;

    /// <summary>Exports and loads a commit; returns the data and the submodules that could not be found.</summary>
    public (DataSet Data, IReadOnlyList<(string Path, string Commit)> Missing) Load(string commit, DiagnosticBag bag)
    {
        using var folder = new TempFolder("push");
        IReadOnlyList<(string, string)> missing;
        if (config.IsVillageRepository)
        {
            var township = _township
                ?? throw new GitException($"nanwu.townshipRepo {config.TownshipRepo} is not a repository");
            var tip = township.Resolve(config.Branch)
                ?? throw new GitException($"{config.TownshipRepo} has no {config.Branch}");
            TreeExport.Export(township, tip, folder.Path, null, only: TreeExport.DataPaths);
            var mount = Path.Combine(folder.Path, Prefix);
            if (Directory.Exists(mount))
            {
                Directory.Delete(mount, recursive: true);
            }

            missing = TreeExport.Export(repo, commit, folder.Path, null, Prefix);
        }
        else
        {
            missing = TreeExport.Export(repo, commit, folder.Path, Submodules, only: TreeExport.DataPaths);
        }

        return (new DataLoader(folder.Path, ReadLimits.Default).Load(bag), missing);
    }
}
