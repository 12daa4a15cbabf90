using Nanwu.Git.Rounds;
using Nanwu.Loading.Files;
using Nanwu.Records.Model;

namespace Nanwu.Git.Changes;

/// <summary>
/// From the changed files to everything that depends on them: a clue reaches its owner's 发现数量
/// (every round's work statistics), a monthly report the running totals of the rounds it is
/// summed into, a round's statistics the next round's (running totals never fall), village.yaml
/// its whole folder; rounds.yaml, township.yaml, schemas and forms reach everything.
/// </summary>
public static class Impact
{
    public static AffectedFiles Of(IEnumerable<ChangedFile> changes, DataSet data)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var owners = new HashSet<string>(StringComparer.Ordinal);
        var rounds = new HashSet<string>(StringComparer.Ordinal);
        var everything = false;
        var files = data.Files.Select(f => f.Path).ToList();
        foreach (var change in changes)
        {
            paths.Add(change.Path);
            if (IsShared(change.Path))
            {
                everything = true;
                continue;
            }

            if (OwnerFolder(change.Path) is not { } folder)
            {
                continue;
            }

            owners.Add(folder.Owner);
            var placement = DataLayout.Classify(change.Path["data/".Length..]);
            var ownWorkStats = files.Where(f => f.StartsWith(folder.Path + "work-stats/", StringComparison.Ordinal));
            if (placement?.Kind == RecordKind.Village || change.Path + "/" == folder.Path)
            {
                // village.yaml names the village for all its records; a bare gitlink is the whole folder.
                paths.UnionWith(files.Where(f => f.StartsWith(folder.Path, StringComparison.Ordinal)));
            }
            else if (placement?.Kind == RecordKind.Clue)
            {
                paths.UnionWith(ownWorkStats);
            }
            else if (data.Campaign is { } campaign && RoundFiles.RoundOf(change.Path, campaign) is { } round)
            {
                rounds.Add(round);
                var from = campaign.Rounds.SkipWhile(r => r.Id != round).Select(r => r.Id).ToList();
                var reach = placement!.Kind == RecordKind.Monthly ? from : from.Take(2).ToList();
                paths.UnionWith(ownWorkStats.Where(f =>
                    reach.Any(r => f.EndsWith($"/{r}.yaml", StringComparison.Ordinal))));
            }
        }

        return new AffectedFiles(everything, paths, owners, rounds);
    }

    /// <summary>Files that every record is judged by.</summary>
    public static bool IsShared(string path) =>
        path.StartsWith("schemas/", StringComparison.Ordinal)
        || path is "data/rounds.yaml" or "data/township.yaml";

    /// <summary>The owner id and folder (with a trailing /) of a path under data/villages/ or data/township/.</summary>
    public static (string Owner, string Path)? OwnerFolder(string path)
    {
        var parts = path.Split('/');
        return parts switch
        {
            ["data", "villages", var id, ..] => (id, $"data/villages/{id}/"),
            ["data", "township", _, ..] => (Owner.TownshipId, "data/township/"),
            _ => null,
        };
    }
}
