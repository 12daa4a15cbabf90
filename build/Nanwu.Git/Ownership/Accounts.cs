using Nanwu.Records.Model;

namespace Nanwu.Git.Ownership;

/// <summary>
/// Who may submit what: the office's accounts (township.yaml 办公室账号) may change anything;
/// a village's accounts (village.yaml 提交账号) only that village's folder. Account names are
/// compared without regard to case, as GitHub and Gitea do.
/// </summary>
public sealed class Accounts
{
    private readonly HashSet<string> _office = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Village>> _villages = new(StringComparer.OrdinalIgnoreCase);

    public Accounts(DataSet data)
    {
        _office.UnionWith(data.Township?.OfficeAccounts ?? []);
        foreach (var village in data.Villages)
        {
            foreach (var account in village.Accounts)
            {
                if (!_villages.TryGetValue(account, out var list))
                {
                    _villages[account] = list = [];
                }

                list.Add(village);
            }
        }
    }

    public IReadOnlyCollection<string> Office => _office;

    public bool IsOffice(string account) => _office.Contains(account);

    /// <summary>The villages an account submits for; empty for office or unknown accounts.</summary>
    public IReadOnlyList<Village> VillagesOf(string account) =>
        _villages.TryGetValue(account, out var list) ? list : [];

    public bool IsKnown(string account) => IsOffice(account) || _villages.ContainsKey(account);
}
