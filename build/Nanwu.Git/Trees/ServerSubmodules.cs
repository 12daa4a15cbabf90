using Nanwu.Loading.Files;
using Nanwu.Records.Model;

namespace Nanwu.Git.Trees;

/// <summary>
/// Submodules as a Git server has them: bare repositories named by a pattern where <c>{id}</c> is
/// the village id, e.g. <c>/srv/git/villages/{id}.git</c> (the hook's <c>nanwu.villageRepos</c>).
/// The township's own records (data/township) use the id <c>township</c>.
/// </summary>
public sealed class ServerSubmodules(string pattern) : ISubmodules
{
    private const string VillagePrefix = "data/villages/";

    public GitRepo? Open(string path)
    {
        var id = path == "data/" + Owner.TownshipId ? Owner.TownshipId
            : path.StartsWith(VillagePrefix, StringComparison.Ordinal) ? path[VillagePrefix.Length..]
            : null;
        return id is not null && DataLayout.IsValidId(id) ? GitRepo.Open(pattern.Replace("{id}", id)) : null;
    }
}
