using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Nanwu.Loading.Files;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Loading.Tests.FastPath;

/// <summary>Reads the records of a repository's data/, and writes mutated records back as text.</summary>
internal static partial class RecordCorpus
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Every record file under data/ that reads as YAML, in path order.</summary>
    public static List<CorpusItem> Read(string repoRoot)
    {
        var found = new List<CorpusItem>();
        var data = Path.Combine(repoRoot, "data");
        var files = Directory.EnumerateFiles(data, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(data, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        foreach (var relative in files)
        {
            if (DataLayout.Classify(relative) is not { Kind: not RecordKind.Asset } placement)
            {
                continue;
            }

            var path = "data/" + relative;
            var text = File.ReadAllText(Path.Combine(data, relative));
            if (Parse(path, placement.Kind, text) is { } doc)
            {
                found.Add(new CorpusItem(path, placement.Kind, text, doc) { DiskPath = path });
            }
        }

        return found;
    }

    /// <summary>
    /// A mutated copy of a record as a file would hold it: JSON (which is YAML) in place of the
    /// original mapping, under the original schema line or inside the original front matter.
    /// </summary>
    public static CorpusItem? Mutated(CorpusItem source, JsonObject root, int number)
    {
        // Non-BMP characters come out as \uD83D\uDC4D pairs, which YAML does not join; keep them raw.
        var json = SurrogateEscape().Replace(root.ToJsonString(Indented),
            m => char.ConvertFromUtf32(char.ConvertToUtf32(
                (char)Convert.ToInt32(m.Groups[1].Value, 16), (char)Convert.ToInt32(m.Groups[2].Value, 16))));
        var text = IsMarkdown(source.Kind)
            ? "---\n" + json + "\n---\n" + FrontMatter.Split(source.Text)!.Value.Body
            : SchemaLine(source.Text) + json + "\n";
        return Parse(source.Path, source.Kind, text) is { } doc
            ? new CorpusItem(source.Path, source.Kind, text, doc) { DiskPath = DiskPathOf(source, number) }
            : null;
    }

    private static string SchemaLine(string text) =>
        text.StartsWith('#') ? text[..(text.IndexOf('\n') + 1)] : "";

    private static YamlDocument? Parse(string path, RecordKind kind, string text)
    {
        var yaml = IsMarkdown(kind) ? FrontMatter.Split(text)?.Yaml : text;
        return yaml is null ? null : new YamlReader(ReadLimits.Default).Read(path, yaml, new List<Diagnostic>());
    }

    // clues/2024-001.yaml → clues/2024-001-m17.yaml; villages/x/village.yaml → villages/x-m17/village.yaml.
    private static string? DiskPathOf(CorpusItem source, int number)
    {
        var folder = source.Path[..source.Path.LastIndexOf('/')];
        var file = source.Path[(folder.Length + 1)..];
        var dot = file.LastIndexOf('.');
        return source.Kind switch
        {
            RecordKind.Village => $"{folder}-m{number}/{file}",
            RecordKind.Township or RecordKind.LeadingGroup or RecordKind.Rounds or RecordKind.PublicAllowList
                or RecordKind.Region => null,
            _ => $"{folder}/{file[..dot]}-m{number}{file[dot..]}",
        };
    }

    private static bool IsMarkdown(RecordKind kind) =>
        kind is RecordKind.Notice or RecordKind.TypicalCase or RecordKind.Page;

    [GeneratedRegex(@"\\u(D[89AB][0-9A-F]{2})\\u(D[C-F][0-9A-F]{2})", RegexOptions.IgnoreCase)]
    private static partial Regex SurrogateEscape();
}
