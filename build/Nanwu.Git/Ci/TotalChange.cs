namespace Nanwu.Git.Ci;

/// <summary>A value of a round's 附件2 that a change moved: one owner's, or the township total's (Owner null).</summary>
public sealed record TotalChange(string RoundId, string? Owner, string Key, decimal? Before, decimal? After);
