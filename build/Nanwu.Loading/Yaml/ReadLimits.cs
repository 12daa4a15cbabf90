namespace Nanwu.Loading.Yaml;

/// <summary>
/// Limits on hostile input, enforced by counting before the work is done.
/// Records are small: a work-stats file is about 60 lines and 2 KB.
/// </summary>
public sealed record ReadLimits(long MaxBytes, int MaxDepth, int MaxNodes)
{
    /// <summary>Characters on one line of any file read from data/; a pasted blob is refused, not parsed.</summary>
    public int MaxLineLength { get; init; } = 10_000;

    /// <summary>1 MB, 24 levels, 20,000 nodes: far beyond any real record, far below harm.</summary>
    public static ReadLimits Default { get; } = new(1024 * 1024, 24, 20_000);
}
