namespace Nanwu.Git;

/// <summary>A commit's author, committer date (China Standard Time) and full message.</summary>
public sealed record CommitInfo(string Id, string Author, DateOnly CommittedOn, string Message)
{
    public string Short => Id.Length > 12 ? Id[..12] : Id;
}
