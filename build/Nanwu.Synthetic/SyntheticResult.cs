namespace Nanwu.Synthetic;

/// <summary>
/// What was generated: every file, the as-of date to build it with, the diagnostics the invalid
/// files must produce (exact lines, sorted), and per round the sum over all owners of every
/// number written to 附件2, as the township totals must come out.
/// </summary>
public sealed record SyntheticResult(
    DateOnly AsOf,
    IReadOnlyList<GeneratedFile> Files,
    IReadOnlyList<string> ExpectedDiagnostics,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> RoundTotals);
