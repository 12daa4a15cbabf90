namespace Nanwu.Rendering.Internal.Models;

/// <summary>A commit after a round's tag that changed the round's files, with its reason.</summary>
public sealed record CorrectionItem(
    string Commit, string Date, string Author, string Reason, IReadOnlyList<string> Files);
