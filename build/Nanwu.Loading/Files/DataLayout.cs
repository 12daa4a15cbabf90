using System.Text.RegularExpressions;
using Nanwu.Records.Model;

namespace Nanwu.Loading.Files;

/// <summary>Where a file sits in data/ and so what it holds and who keeps it.</summary>
public sealed record Placement(RecordKind Kind, string? OwnerId, string Id)
{
    /// <summary>
    /// The township folder the file sits in when the repository holds several
    /// (<c>data/townships/&lt;id&gt;/…</c>, a county or province); null in a township's own repository.
    /// </summary>
    public string? Township { get; init; }
}

/// <summary>
/// The layout of data/ (docs/data-model.md). A record's kind and owner come from its path;
/// this is the only place that knows the folder names.
/// </summary>
public static partial class DataLayout
{
    public static readonly IReadOnlySet<string> AssetExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            ".png", ".jpg", ".jpeg", ".webp", ".gif", ".svg", ".pdf",
        };

    /// <summary>The folder of an owner's stamped scans: stamped/&lt;round&gt;.pdf, .jpg or .png.</summary>
    public const string StampedFolder = "stamped";

    private static readonly HashSet<string> StampedExtensions =
        new(StringComparer.OrdinalIgnoreCase) { ".pdf", ".jpg", ".jpeg", ".png" };

    private static readonly Dictionary<string, RecordKind> RecordFolders = new()
    {
        ["work-stats"] = RecordKind.WorkStats,
        ["monthly"] = RecordKind.Monthly,
        ["clues"] = RecordKind.Clue,
        ["cross-province"] = RecordKind.CrossProvince,
    };

    private static readonly Dictionary<string, RecordKind> MarkdownFolders = new()
    {
        ["notices"] = RecordKind.Notice,
        ["typical-cases"] = RecordKind.TypicalCase,
        ["pages"] = RecordKind.Page,
    };

    /// <summary>The folder of a county's or province's townships, each laid out as a township's data/ is.</summary>
    public const string TownshipsFolder = "townships";

    /// <summary>The kinds a township keeps in its own folder of a region's repository.</summary>
    private static readonly HashSet<RecordKind> TownshipKinds =
    [
        RecordKind.Township, RecordKind.LeadingGroup, RecordKind.Village, RecordKind.WorkStats,
        RecordKind.Monthly, RecordKind.Clue, RecordKind.CrossProvince,
    ];

    /// <summary>The folders an owner's records go in: work-stats, monthly, clues, cross-province.</summary>
    public static IReadOnlyCollection<string> RecordFolderNames => RecordFolders.Keys;

    /// <summary>Classifies a path relative to data/ (with <c>/</c>); null when no place fits.</summary>
    public static Placement? Classify(string relative)
    {
        var parts = relative.Split('/');
        switch (parts)
        {
            case ["township.yaml"]:
                return new(RecordKind.Township, null, "township");
            case ["leading-group.yaml"]:
                return new(RecordKind.LeadingGroup, null, "leading-group");
            case ["rounds.yaml"]:
                return new(RecordKind.Rounds, null, "rounds");
            case ["public-allow.yaml"]:
                return new(RecordKind.PublicAllowList, null, "public-allow");
            case ["region.yaml"]:
                return new(RecordKind.Region, null, "region");
            case [TownshipsFolder, var township, .. var rest] when rest.Length > 0:
                return InTownship(township, string.Join('/', rest));
            case ["villages", var village, "village.yaml"]:
                return new(RecordKind.Village, village, village);
            case ["villages", var village, StampedFolder, var file]:
                return Stamped(village, file);
            case ["township", StampedFolder, var file]:
                return Stamped(Owner.TownshipId, file);
            case ["villages", var village, var folder, var file]:
                return Record(village, folder, file);
            case ["township", var folder, var file]:
                return Record(Owner.TownshipId, folder, file);
            case [var folder, var file] when MarkdownFolders.TryGetValue(folder, out var kind):
                return MarkdownOrAsset(kind, file);
            default:
                return null;
        }
    }

    /// <summary>
    /// A file inside a region's township folder: placed as in a township's own data/, and only
    /// when it is something a township keeps (its stamped scans too, not the shared notices).
    /// </summary>
    private static Placement? InTownship(string township, string relative) =>
        Classify(relative) is { Township: null } inner
        && (TownshipKinds.Contains(inner.Kind) || (inner.Kind == RecordKind.Asset && inner.OwnerId is not null))
            ? inner with { Township = township }
            : null;

    /// <summary>The folder below data/ that a township's files sit in: "" or "townships/&lt;id&gt;/".</summary>
    public static string TownshipPrefix(string? township) =>
        township is null ? "" : $"{TownshipsFolder}/{township}/";

    /// <summary>
    /// Names the sites keep for their own pages (the index.html of every folder, the public search
    /// page): a village, notice, case or page of that name would take the page's address.
    /// </summary>
    public static bool IsReserved(RecordKind kind, string id) =>
        id == "index" || (kind == RecordKind.Page && id == "search");

    /// <summary>The names a region's portal keeps for its own folders, beside the townships' folders.</summary>
    public static bool IsReservedTownship(string id) => id is "rounds" or "assets";

    /// <summary>
    /// Ids are lower-case ASCII letters, digits and single hyphens: <c>2024-007</c>, <c>dongzhuang</c>.
    /// </summary>
    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    private static Placement? Record(string owner, string folder, string file) =>
        RecordFolders.TryGetValue(folder, out var kind) && file.EndsWith(".yaml", StringComparison.Ordinal)
            ? new(kind, owner, file[..^".yaml".Length])
            : null;

    /// <summary>
    /// The scan of a printed, stamped form (加盖公章) for a round: an asset with an owner, its id
    /// the round. It goes to the internal portal only.
    /// </summary>
    private static Placement? Stamped(string owner, string file) =>
        StampedExtensions.Contains(Path.GetExtension(file))
            ? new(RecordKind.Asset, owner, Path.GetFileNameWithoutExtension(file))
            : null;

    private static Placement? MarkdownOrAsset(RecordKind kind, string file)
    {
        if (file.EndsWith(".md", StringComparison.Ordinal))
        {
            return new(kind, null, file[..^".md".Length]);
        }

        return AssetExtensions.Contains(Path.GetExtension(file)) ? new(RecordKind.Asset, null, file) : null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
