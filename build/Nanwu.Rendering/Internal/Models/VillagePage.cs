using Nanwu.Rendering.Tables;

namespace Nanwu.Rendering.Internal.Models;

/// <summary>villages/&lt;id&gt;.html: an owner's facts, rounds, months, clues and cross-province cases.</summary>
public sealed record VillagePage(
    string Name,
    IReadOnlyList<Field> Facts,
    IReadOnlyList<VillagePeriod> Rounds,
    IReadOnlyList<VillagePeriod> Months,
    FormTable Clues,
    int ClueCount,
    FormTable Cases,
    int CaseCount);
