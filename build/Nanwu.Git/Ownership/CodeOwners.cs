using System.Text;
using Nanwu.Records.Model;

namespace Nanwu.Git.Ownership;

/// <summary>
/// CODEOWNERS from the account lists, in the two dialects the hosts read: GitHub's
/// (.github/CODEOWNERS, gitignore-style paths, the last matching line wins) and Gitea's
/// (.gitea/CODEOWNERS, Go regular expressions, every matching line adds its owners).
/// Each village's folder goes to its own accounts and the office; everything else, and
/// village.yaml (which lists the accounts), to the office alone.
/// </summary>
public static class CodeOwners
{
    public const string GitHubPath = ".github/CODEOWNERS";
    public const string GiteaPath = ".gitea/CODEOWNERS";

    private const string Header =
        "# 由 nanwu codeowners 根据 data/township.yaml 的办公室账号和各村 village.yaml 的提交账号生成，请勿手改。\n";

    public static string GitHub(DataSet data)
    {
        var office = Owners(data.Township?.OfficeAccounts ?? []);
        var sb = new StringBuilder(Header);
        sb.Append("* ").Append(office).Append('\n');
        foreach (var village in Ordered(data))
        {
            var folder = $"/data/villages/{village.Id}";
            sb.Append(folder).Append(' ').Append(Owners([.. village.Accounts, .. data.Township?.OfficeAccounts ?? []]))
                .Append('\n');
            sb.Append(folder).Append("/village.yaml ").Append(office).Append('\n');
        }

        return sb.ToString();
    }

    public static string Gitea(DataSet data)
    {
        var sb = new StringBuilder(Header);
        sb.Append(".* ").Append(Owners(data.Township?.OfficeAccounts ?? [])).Append('\n');
        foreach (var village in Ordered(data))
        {
            // Gitea anchors each expression and has no look-ahead: the record folders (and the
            // submodule itself) are named, so village.yaml stays with the office alone.
            sb.Append("data/villages/").Append(village.Id).Append("(/(work-stats|monthly|clues|cross-province)/.*)? ")
                .Append(Owners(village.Accounts)).Append('\n');
        }

        return sb.ToString();
    }

    private static IEnumerable<Village> Ordered(DataSet data) =>
        data.Villages.OrderBy(v => v.Id, StringComparer.Ordinal);

    private static string Owners(IEnumerable<string> accounts) =>
        string.Join(' ', accounts.Distinct(StringComparer.OrdinalIgnoreCase).Select(a => "@" + a));
}
