namespace Nanwu.Git;

/// <summary>A git command failed where the program expected it to work (a programmer or set-up error).</summary>
public sealed class GitException(string message) : Exception(message);
