namespace Nanwu.Synthetic;

/// <summary>
/// The size and shape of a generated data set. The same options always give the same files,
/// byte for byte.
/// </summary>
public sealed record SyntheticOptions
{
    /// <summary>
    /// Villages in all, spread evenly over the townships (the townships' own records come on top).
    /// </summary>
    public int Villages { get; init; } = 20;

    /// <summary>
    /// 0 for a township's own repository (data/township.yaml, data/villages/…); more for a county's
    /// or province's (data/region.yaml, data/townships/&lt;id&gt;/…).
    /// </summary>
    public int Townships { get; init; }

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

    /// <summary>The sizes issue 7 names: a township, a county, a province.</summary>
    public static SyntheticOptions Preset(string name) => name switch
    {
        "township" => new() { Villages = 20 },
        "county" => new() { Townships = 15, Villages = 15 * 20, Notices = 24 },
        "province" => new() { Townships = 1_300, Villages = 28_000, Notices = 240 },
        _ => throw new ArgumentException($"unknown preset {name}", nameof(name)),
    };

    public static IReadOnlyList<string> PresetNames { get; } = ["township", "county", "province"];
}
