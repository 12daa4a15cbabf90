namespace Nanwu.Git.Changes;

/// <summary>
/// One new commit with the files it changed. <see cref="Reason"/> is its correction reason
/// (更正: …), or the reason of the superproject commit that brought a submodule's commit in.
/// </summary>
public sealed record CommitChanges(CommitInfo Commit, string? Reason, IReadOnlyList<ChangedFile> Files);
