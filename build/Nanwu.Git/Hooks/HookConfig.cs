namespace Nanwu.Git.Hooks;

/// <summary>
/// The hook's settings, kept in the bare repository's own Git config (section <c>nanwu</c>) so
/// the host's tools show them: the branch to guard, the fallback pusher, and for the
/// one-repository-per-village design where the other repositories are.
/// </summary>
/// <param name="Branch">nanwu.branch: the branch whose pushes are checked (main).</param>
/// <param name="FallbackPusher">nanwu.fallbackPusher: the account when the host names none (plain SSH).</param>
/// <param name="Mount">nanwu.mount: in a village's data repository, its place in the township layout.</param>
/// <param name="TownshipRepo">nanwu.townshipRepo: in a village's repository, the township's (schemas, tags).</param>
/// <param name="VillageRepos">nanwu.villageRepos: in the township's, the villages' repositories ({id}).</param>
public sealed record HookConfig(
    string Branch, string? FallbackPusher, string? Mount, string? TownshipRepo, string? VillageRepos)
{
    public const string Section = "nanwu";

    public bool IsVillageRepository => Mount is not null && TownshipRepo is not null;

    public static HookConfig Read(GitRepo repo)
    {
        string? Get(string key)
        {
            var result = repo.Git.Run(["config", "--get", $"{Section}.{key}"]);
            return result.Ok && result.Output.Trim().Length > 0 ? result.Output.Trim() : null;
        }

        return new HookConfig(Get("branch") ?? "main", Get("fallbackPusher"), Get("mount"), Get("townshipRepo"),
            Get("villageRepos"));
    }

    /// <summary>The settings as (key, value) pairs to write with git config.</summary>
    public IEnumerable<(string Key, string Value)> Entries()
    {
        yield return ("branch", Branch);
        foreach (var (key, value) in new[]
                 {
                     ("fallbackPusher", FallbackPusher), ("mount", Mount), ("townshipRepo", TownshipRepo),
                     ("villageRepos", VillageRepos),
                 })
        {
            if (value is not null)
            {
                yield return (key, value);
            }
        }
    }
}
