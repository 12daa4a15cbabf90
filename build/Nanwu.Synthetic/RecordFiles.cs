using System.Text;
using System.Text.Json.Nodes;
using Nanwu.Loading;
using Nanwu.Loading.Schema;
using Nanwu.Loading.Writing;
using Nanwu.Records.Model;

namespace Nanwu.Synthetic;

/// <summary>
/// Writes the files of a data set below a repository folder, records through the one canonical
/// writer, and keeps the list of what was written.
/// </summary>
internal sealed class RecordFiles(string repoRoot)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly SchemaSet _schemas = new(Path.Combine(repoRoot, "schemas"));
    private readonly List<GeneratedFile> _files = [];
    private readonly Lock _lock = new();

    /// <summary>Every file written, in path order (townships are written in parallel).</summary>
    public IReadOnlyList<GeneratedFile> Files
    {
        get
        {
            lock (_lock)
            {
                return _files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            }
        }
    }

    public string Root => repoRoot;

    public JsonObject Schema(RecordKind kind) => _schemas.NodeOf(kind);

    /// <summary>A record's file text in the canonical form.</summary>
    public string Text(RecordKind kind, string path, JsonObject record) =>
        CanonicalWriter.Write(Schema(kind), record, DataLoader.ExpectedSchemaPath(path, kind));

    public void Record(RecordKind kind, string path, JsonObject record, string? marker) =>
        Write(path, Utf8.GetBytes(Text(kind, path, record)), kind, valid: true, marker);

    public void Markdown(RecordKind kind, string path, JsonObject frontMatter, string body, string marker) =>
        Write(path, Utf8.GetBytes(CanonicalWriter.WriteFrontMatter(Schema(kind), frontMatter, body)), kind, true,
            marker);

    public void Write(string path, byte[] bytes, RecordKind? kind, bool valid, string? marker)
    {
        var full = Path.Combine(repoRoot, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        lock (_lock)
        {
            _files.Add(new GeneratedFile(path, kind, valid, marker));
        }
    }
}
