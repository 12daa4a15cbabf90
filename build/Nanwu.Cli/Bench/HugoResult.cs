namespace Nanwu.Cli.Bench;

/// <summary>What Hugo did with the same number of pages, or why it did not run.</summary>
public sealed record HugoResult(TimedRun? Run, int Pages, string? Missing);
