using Nanwu.Loading.Files;
using Nanwu.Records.Model;

namespace Nanwu.Loading;

/// <summary>
/// What an assembly covers: a township's own repository (everything), a region's top level
/// (region.yaml, rounds, notices) or one township folder of a region, with the region's rounds.
/// </summary>
internal sealed record AssemblyScope(string? Township, Campaign? SharedCampaign, bool IsRegionTop = false)
{
    public static readonly AssemblyScope OwnRepository = new(null, null);

    public static readonly AssemblyScope RegionTop = new(null, null, IsRegionTop: true);

    /// <summary>Where the township's own files start: "data/" or "data/townships/&lt;id&gt;/".</summary>
    public string Folder => "data/" + DataLayout.TownshipPrefix(Township);

    /// <summary>Whether this scope reads the campaign's rounds.yaml itself.</summary>
    public bool ReadsRounds => Township is null;

    /// <summary>Whether this scope reads the township's records (not a region's top level).</summary>
    public bool ReadsTownship => !IsRegionTop;
}
