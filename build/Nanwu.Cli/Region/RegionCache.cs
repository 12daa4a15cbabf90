using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Nanwu.Aggregation.Region;

namespace Nanwu.Cli.Region;

/// <summary>
/// What the last build of a region's sites found, kept beside the output (out/.nanwu-region.json):
/// each township's input fingerprint and result, and the fingerprints of what all townships and
/// the public site are made from. A township whose fingerprint is unchanged keeps its published
/// pages and its result; anything shared that changes makes every township count as changed.
/// </summary>
public sealed class RegionCache
{
    private const string FileName = ".nanwu-region.json";

    public string Shared { get; init; } = "";

    public string Public { get; init; } = "";

    /// <summary>Whether the public site as published passed the wall.</summary>
    public bool PublicClean { get; init; }

    public SortedDictionary<string, CachedTownship> Townships { get; init; } = new(StringComparer.Ordinal);

    public static RegionCache? Read(string outputRoot)
    {
        var path = Path.Combine(outputRoot, FileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<RegionCache>(File.ReadAllBytes(path)) : null;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or IOException)
        {
            // A damaged cache only costs a full build.
            return null;
        }
    }

    /// <summary>Written after the sites are published, so it always describes what out/ holds.</summary>
    public void Write(string outputRoot)
    {
        Directory.CreateDirectory(outputRoot);
        var path = Path.Combine(outputRoot, FileName);
        File.WriteAllBytes(path + ".tmp", JsonSerializer.SerializeToUtf8Bytes(this));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    public static void Remove(string outputRoot) => File.Delete(Path.Combine(outputRoot, FileName));

    /// <summary>A fingerprint of scanned files by name, size and time of last change (as make judges).</summary>
    public static string Fingerprint(IEnumerable<Loading.Files.ScannedFile> files, string shared)
    {
        return Hash([shared], files.Select(Line));
    }

    /// <summary>A fingerprint of files by name, size and time of last change (as make judges).</summary>
    public static string Fingerprint(string repoRoot, IEnumerable<string> paths, params string[] extra)
    {
        return Hash(extra, paths.Select(path => new FileInfo(Path.Combine(repoRoot, path)) is { Exists: true } info
            ? Line(new Loading.Files.ScannedFile(path, info.Length, info.LastWriteTimeUtc.Ticks))
            : $"{path}\t-"));
    }

    private static string Line(Loading.Files.ScannedFile file) => $"{file.Path}\t{file.Length}\t{file.Ticks}";

    private static string Hash(IEnumerable<string> extra, IEnumerable<string> lines)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var line in extra.Concat(lines))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>Every file below a folder of the repository, in ordinal order (templates, schemas).</summary>
    public static IEnumerable<string> FilesBelow(string repoRoot, string folder)
    {
        var full = Path.Combine(repoRoot, folder);
        return Directory.Exists(full)
            ? Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(repoRoot, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
            : [];
    }
}

/// <summary>One township as last built: the fingerprint of its files and what it came to.</summary>
public sealed record CachedTownship(string Fingerprint, TownshipResult Result);
