namespace Nanwu.Git.Changes;

/// <summary>
/// What a change reaches: the files whose diagnostics belong to it, the owners and rounds it
/// concerns. <see cref="Everything"/> when a shared file changed (rounds.yaml, schemas, forms).
/// </summary>
public sealed record AffectedFiles(
    bool Everything, IReadOnlySet<string> Paths, IReadOnlySet<string> Owners, IReadOnlySet<string> Rounds)
{
    public bool Contains(string path) => Everything || Paths.Contains(path);
}
