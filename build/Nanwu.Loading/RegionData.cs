using Nanwu.Loading.Files;
using Nanwu.Records.Model;

namespace Nanwu.Loading;

/// <summary>
/// A county's or province's repository: the shared records (region.yaml as the host, rounds.yaml,
/// notices) already loaded, and each township's files listed for loading one at a time.
/// </summary>
public sealed class RegionData(DataSet shared, IReadOnlyDictionary<string, IReadOnlyList<ScannedFile>> files)
{
    private const string Prefix = "data/" + DataLayout.TownshipsFolder + "/";

    /// <summary>region.yaml (as <see cref="DataSet.Township"/>), rounds, notices and their assets.</summary>
    public DataSet Shared => shared;

    /// <summary>Township folder names in ordinal order.</summary>
    public IReadOnlyList<string> Townships { get; } = files.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>A township's files with their sizes and times of change, as the scan found them.</summary>
    public IReadOnlyList<ScannedFile> FilesOf(string township) => files[township];

    public IReadOnlyList<string> PathsOf(string township) => files[township].Select(f => f.Path).ToList();

    /// <summary>The township folder a path of data/ sits in, or null for a shared file.</summary>
    public static string? TownshipOf(string path)
    {
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = path.IndexOf('/', Prefix.Length);
        if (end < 0)
        {
            return null;
        }

        // A folder name that is no id, or one the region's own pages use, makes no township: its
        // files are refused (A002) with the shared files, and it gets no folder in the output.
        var township = path[Prefix.Length..end];
        return DataLayout.IsValidId(township) && !DataLayout.IsReservedTownship(township) ? township : null;
    }
}
