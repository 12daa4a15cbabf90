using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Loading.Schema;

/// <summary>
/// The JSON Schemas of schemas/, each built once and shared. A <see cref="CompiledSchema"/>
/// passes the valid records quickly; JsonSchema.Net decides the rest, and
/// <see cref="SchemaExplainer"/> then says why in Chinese.
/// </summary>
public sealed class SchemaSet
{
    private readonly string _folder;
    private readonly ConcurrentDictionary<string, Built> _schemas = new();

    // Each set has its own registry: schemas register by $id, and a second set (another
    // repository, a test) must not collide with the first in the library's global one.
    private readonly BuildOptions _build = new() { SchemaRegistry = new SchemaRegistry() };

    public SchemaSet(string schemasFolder)
    {
        _folder = schemasFolder;
    }

    public string Folder => _folder;

    /// <summary>
    /// False to check every record with JsonSchema.Net alone, the yardstick the fast path is
    /// tested and measured against (NANWU_REFERENCE_SCHEMA=1 for the command line).
    /// </summary>
    public bool UseFastPath { get; set; } = true;

    /// <summary>The parsed schema document of a kind, for reading titles, units and private marks.</summary>
    public JsonObject NodeOf(RecordKind kind) => Get(kind.SchemaFile()).Node;

    /// <summary>Validates a document against its kind's schema; adds diagnostics, returns true when valid.</summary>
    public bool Validate(RecordKind kind, string path, YamlDocument document, ICollection<Diagnostic> diagnostics)
    {
        var (schema, node, compiled) = Get(kind.SchemaFile());
        if (UseFastPath && compiled?.Check(document.Root) == SchemaVerdict.Valid)
        {
            return true;
        }

        var element = JsonSerializer.SerializeToElement(document.Root);
        var quick = schema.Evaluate(element, Options(OutputFormat.Flag));
        if (quick.IsValid)
        {
            return true;
        }

        var explained = new SchemaExplainer(node, path, document).Explain();
        if (explained.Count == 0)
        {
            var full = schema.Evaluate(element, Options(OutputFormat.List));
            foreach (var detail in (full.Details ?? []).Where(d => d.Errors is { Count: > 0 }))
            {
                var field = SchemaExplainer.FieldOf(detail.InstanceLocation.ToString());
                var span = new RecordSource(path, document.ValuePositions).At(field);
                foreach (var error in detail.Errors!)
                {
                    explained.Add(Messages.SchemaOther(span, field, $"{error.Key}: {error.Value}"));
                }
            }
        }

        foreach (var d in explained)
        {
            diagnostics.Add(d);
        }

        return false;
    }

    private static EvaluationOptions Options(OutputFormat format) => new()
    {
        OutputFormat = format,
        RequireFormatValidation = true,
    };

    // Built under a lock: two threads building the same schema would register its $id twice.
    private Built Get(string file)
    {
        if (_schemas.TryGetValue(file, out var built))
        {
            return built;
        }

        lock (_build)
        {
            return _schemas.GetOrAdd(file, f =>
            {
                var text = File.ReadAllText(System.IO.Path.Combine(_folder, f));
                var schema = JsonSchema.FromText(text, _build);
                var node = JsonNode.Parse(text)!.AsObject();
                return new Built(schema, node, CompiledSchema.Compile(node));
            });
        }
    }

    private sealed record Built(JsonSchema Schema, JsonObject Node, CompiledSchema? Compiled);
}
