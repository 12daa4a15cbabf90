namespace Nanwu.Git;

/// <summary>What a git command printed and how it ended.</summary>
public sealed record GitResult(int ExitCode, string Output, string Errors)
{
    public bool Ok => ExitCode == 0;
}
