using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Nanwu.Loading.Schema;
using Nanwu.Records.Model;
using Nanwu.TestSupport;

namespace Nanwu.Loading.Tests.FastPath;

/// <summary>
/// Both verdicts on a record: JsonSchema.Net's, evaluated here as SchemaSet's reference path
/// evaluates it, and the compiled schema's.
/// </summary>
internal sealed class ReferenceVerdicts
{
    private readonly BuildOptions _build = new() { SchemaRegistry = new SchemaRegistry() };
    private readonly Dictionary<string, (JsonSchema Library, CompiledSchema Compiled)> _schemas = [];

    public bool LibrarySays(RecordKind kind, JsonObject root) =>
        Get(kind).Library.Evaluate(JsonSerializer.SerializeToElement(root), new EvaluationOptions
        {
            OutputFormat = OutputFormat.Flag,
            RequireFormatValidation = true,
        }).IsValid;

    public SchemaVerdict CompiledSays(RecordKind kind, JsonObject root) => Get(kind).Compiled.Check(root);

    private (JsonSchema Library, CompiledSchema Compiled) Get(RecordKind kind)
    {
        // Notices, typical cases and pages share one schema; it registers its $id once.
        var file = kind.SchemaFile();
        if (!_schemas.TryGetValue(file, out var pair))
        {
            var text = File.ReadAllText(Repo.Path("schemas/" + file));
            var compiled = CompiledSchema.Compile(JsonNode.Parse(text)!.AsObject())
                ?? throw new InvalidOperationException(file + " does not compile");
            _schemas[file] = pair = (JsonSchema.FromText(text, _build), compiled);
        }

        return pair;
    }
}
