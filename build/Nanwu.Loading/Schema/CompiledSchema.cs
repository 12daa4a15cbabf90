using System.Text.Json.Nodes;

namespace Nanwu.Loading.Schema;

/// <summary>
/// A schema compiled once into checks that run on the record's JSON nodes directly, with no
/// serializing and no JsonSchema.Net: the fast path of <see cref="SchemaSet.Validate"/>.
/// It reproduces JsonSchema.Net 8 (draft 2020-12, format validation required) for the keywords
/// Nanwu's schemas use: type, properties, required, additionalProperties, items, minItems,
/// uniqueItems, enum, minimum, maximum, minLength, pattern and format "date". A schema with
/// any other keyword does not compile, so the fast path declines rather than guesses.
/// </summary>
public sealed class CompiledSchema
{
    private readonly SchemaCheck _root;

    private CompiledSchema(SchemaCheck root)
    {
        _root = root;
    }

    /// <summary>The compiled schema, or null when it uses anything outside the subset.</summary>
    public static CompiledSchema? Compile(JsonObject schema) =>
        SchemaCompiler.CompileRoot(schema) is { } root ? new CompiledSchema(root) : null;

    /// <summary>Checks a record; <see cref="SchemaVerdict.Unsure"/> means ask JsonSchema.Net.</summary>
    public SchemaVerdict Check(JsonNode? record) => _root.Check(record, 0);
}
