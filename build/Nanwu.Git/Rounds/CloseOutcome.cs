using Nanwu.Aggregation;

namespace Nanwu.Git.Rounds;

/// <summary>What <c>nanwu round close</c> did: the tag it made, or why it refused.</summary>
public sealed record CloseOutcome(RoundTag? Tag, IReadOnlyList<string> Refusals, string Summary)
{
    public bool Closed => Tag is not null;
}
