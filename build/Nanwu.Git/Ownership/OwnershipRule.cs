using Nanwu.Git.Changes;
using Nanwu.Records.Diagnostics;

namespace Nanwu.Git.Ownership;

/// <summary>
/// A village account may change only its own folder, data/villages/&lt;id&gt;/ (or move its own
/// submodule); every other file it touches is named (G001). An account on no list is refused (G004).
/// The lists come from the data as it was before the change, so a change cannot grant itself rights.
/// </summary>
public static class OwnershipRule
{
    public static IReadOnlyList<Diagnostic> Check(string account, Accounts accounts, IEnumerable<ChangedFile> changes)
    {
        if (accounts.IsOffice(account))
        {
            return [];
        }

        var villages = accounts.VillagesOf(account);
        if (villages.Count == 0)
        {
            return [Messages.UnknownAccount("data/township.yaml", account)];
        }

        var own = villages.Select(v => $"data/villages/{v.Id}").ToList();
        var names = string.Join("、", villages.Select(v => v.Name));
        var folders = string.Join(" 或 ", own);
        return changes
            .Where(c => !own.Any(folder =>
                c.Path == folder || c.Path.StartsWith(folder + "/", StringComparison.Ordinal)))
            .Select(c => Messages.ForeignFile(c.Path, account, names, folders))
            .ToList();
    }
}
