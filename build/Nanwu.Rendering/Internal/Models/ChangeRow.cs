namespace Nanwu.Rendering.Internal.Models;

/// <summary>A column of 附件2 between two rounds: before, now, and the increment (running totals only).</summary>
public sealed record ChangeRow(string Label, string Before, string Now, string Increment, bool Fell);
