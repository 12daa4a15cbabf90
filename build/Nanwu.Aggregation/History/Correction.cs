namespace Nanwu.Aggregation.History;

/// <summary>A commit after a round's tag that changed the round's files, with the reason it gave (更正: …).</summary>
public sealed record Correction(
    string Commit, DateOnly CommittedOn, string Author, string? Reason, IReadOnlyList<string> Files)
{
    public string ShortCommit => Commit.Length > 12 ? Commit[..12] : Commit;
}
