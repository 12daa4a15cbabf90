namespace Nanwu.Synthetic;

/// <summary>
/// The size and shape of a generated data set. The same options always give the same files,
/// byte for byte.
/// </summary>
public sealed record SyntheticOptions
{
    /// <summary>Villages of the township (the township's own records come on top).</summary>
    public int Villages { get; init; } = 20;

    public int Seed { get; init; } = 1;

    /// <summary>Reporting rounds of 附件2, every six months from 2024-12.</summary>
    public int Rounds { get; init; } = 3;

    /// <summary>Monthly reports per owner from the campaign start, at most the months that have ended.</summary>
    public int MonthsPerVillage { get; init; } = 6;

    public int CluesPerVillage { get; init; } = 5;

    /// <summary>One cross-province record for every this many villages (0 for none).</summary>
    public int CrossProvinceEvery { get; init; } = 10;

    public int Notices { get; init; } = 3;

    /// <summary>Extra invalid files, each of a known kind with its exact expected diagnostic.</summary>
    public int InvalidFiles { get; init; }
}
