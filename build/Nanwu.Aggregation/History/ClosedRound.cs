using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Aggregation.History;

/// <summary>
/// A closed round as its tag has it, compared with the previous round: per owner and for the
/// township, the corrections made after the tag, and the warnings (a running total that fell).
/// </summary>
public sealed record ClosedRound(
    Round Round,
    RoundTag Tag,
    string? PreviousRoundId,
    string? PreviousTag,
    IReadOnlyList<OwnerChange> Owners,
    OwnerChange Township,
    IReadOnlyList<Correction> Corrections,
    IReadOnlyList<Diagnostic> Warnings);
