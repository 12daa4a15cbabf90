namespace Nanwu.Git;

/// <summary>An entry of a commit's tree: a file, a link, or a submodule's commit (gitlink, mode 160000).</summary>
public sealed record TreeEntry(string Mode, string Type, string Object, string Path)
{
    public bool IsGitlink => Mode == "160000";
}
