using Nanwu.Loading.Files;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Loading.Schema;

/// <summary>
/// A record in the wrong folder (a monthly report saved under clues/, 附件2 under monthly/)
/// fails its schema at almost every key. When the top-level keys fit another kind clearly
/// better, one diagnostic that names the kind and the right folder replaces that flood.
/// </summary>
internal static class KindGuess
{
    private static readonly (RecordKind Kind, string Folder)[] Candidates =
    [
        (RecordKind.WorkStats, "work-stats"),
        (RecordKind.Monthly, "monthly"),
        (RecordKind.Clue, "clues"),
        (RecordKind.CrossProvince, "cross-province"),
        (RecordKind.Village, "village.yaml"),
    ];

    /// <summary>The schema's diagnostics, or the one saying the content is another kind.</summary>
    public static IReadOnlyList<Diagnostic> Explain(SchemaSet schemas, string path, Placement placement,
        YamlDocument document, IReadOnlyList<Diagnostic> schemaProblems)
    {
        var keys = document.Root.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var here = Fit(schemas, placement.Kind, keys);
        var best = Candidates
            .Where(c => c.Kind != placement.Kind)
            .Select(c => (c.Kind, c.Folder, Fit: Fit(schemas, c.Kind, keys)))
            .OrderByDescending(c => c.Fit)
            .First();

        // Clearly better: most keys belong to the other kind, and far fewer to this one.
        if (keys.Count < 3 || best.Fit < 0.8 || best.Fit - here < 0.3)
        {
            return schemaProblems;
        }

        var folder = best.Kind == RecordKind.Village
            ? "data/villages/<村>/village.yaml"
            : placement.OwnerId is { } owner && owner != Owner.TownshipId
                ? $"data/villages/{owner}/{best.Folder}/"
                : $"data/township/{best.Folder}/";
        return [Messages.KindMismatch(path, best.Kind.ChineseName(), placement.Kind.ChineseName(), folder)];
    }

    // Jaccard similarity of the written top-level keys and the kind's properties.
    private static double Fit(SchemaSet schemas, RecordKind kind, IReadOnlySet<string> keys)
    {
        var properties = (schemas.NodeOf(kind)["properties"]?.AsObject() ?? [])
            .Select(p => p.Key)
            .ToHashSet(StringComparer.Ordinal);
        var union = properties.Union(keys).Count();
        return union == 0 ? 0 : (double)properties.Intersect(keys).Count() / union;
    }
}
