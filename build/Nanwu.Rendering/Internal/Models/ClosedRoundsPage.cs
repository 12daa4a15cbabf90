namespace Nanwu.Rendering.Internal.Models;

/// <summary>rounds/closed.html: every closed round with its tag, date and corrections.</summary>
public sealed record ClosedRoundsPage(IReadOnlyList<ClosedRoundEntry> Rounds);
