namespace Nanwu.Aggregation;

/// <summary>The annotated tag <c>round/&lt;id&gt;</c> that closed a round: its commit and its message.</summary>
public sealed record RoundTag(string RoundId, string Name, string Commit, DateOnly TaggedOn, string Message)
{
    public const string Prefix = "round/";

    public static string NameOf(string roundId) => Prefix + roundId;

    public string ShortCommit => Commit.Length > 12 ? Commit[..12] : Commit;
}
