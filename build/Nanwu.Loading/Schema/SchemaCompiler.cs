using System.Text.Json;
using System.Text.Json.Nodes;
using static Nanwu.Loading.Schema.KeywordValues;

namespace Nanwu.Loading.Schema;

/// <summary>
/// Turns a schema into <see cref="SchemaCheck"/>s, or declines with null at the first keyword or
/// value outside the subset it reproduces exactly; JsonSchema.Net then checks alone.
/// </summary>
internal static class SchemaCompiler
{
    private const string Draft202012 = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>The root must name draft 2020-12: other dialects read some keywords differently.</summary>
    public static SchemaCheck? CompileRoot(JsonObject schema) =>
        Text(schema["$schema"]) == Draft202012 ? Compile(schema, true) : null;

    private static SchemaCheck? Compile(JsonNode? schema, bool root = false)
    {
        if (schema is JsonValue flag && flag.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return flag.GetValueKind() == JsonValueKind.True ? SchemaCheck.Anything : new() { RefusesAll = true };
        }

        return schema is JsonObject rule ? CompileObject(rule, root) : null;
    }

    private static SchemaCheck? CompileObject(JsonObject rule, bool root)
    {
        var check = new SchemaCheck();
        foreach (var (key, value) in rule)
        {
            var next = key switch
            {
                "$schema" => root ? check : null,
                "$id" or "title" or "description" or "$comment" => Text(value) is null ? null : check,
                "type" => Types(value) is { } types ? check with { Types = types } : null,
                "properties" => Properties(value) is { } p ? check with { Properties = p } : null,
                "additionalProperties" => Compile(value) is { } a ? check with { Additional = a } : null,
                "required" => Names(value) is { } r ? check with { Required = r } : null,
                "items" => Compile(value) is { } i ? check with { Items = i } : null,
                "minItems" => Count(value) is { } n ? check with { MinItems = n } : null,
                "uniqueItems" => Flag(value) is { } u ? check with { UniqueItems = u } : null,
                "enum" => Enum(value) is { } e ? check with { Enum = e } : null,
                "minimum" => Number(value) is { } min ? check with { Minimum = min } : null,
                "maximum" => Number(value) is { } max ? check with { Maximum = max } : null,
                "minLength" => Count(value) is { } m ? check with { MinLength = m } : null,
                "pattern" => Pattern(value) is { } re ? check with { Pattern = re } : null,
                "format" => Text(value) == "date" ? check with { IsDate = true } : null,
                _ when key.StartsWith("x-", StringComparison.Ordinal) => check,
                _ => null,
            };
            if (next is null)
            {
                return null;
            }

            check = next;
        }

        return check;
    }

    private static Dictionary<string, SchemaCheck>? Properties(JsonNode? node)
    {
        var found = new Dictionary<string, SchemaCheck>(StringComparer.Ordinal);
        foreach (var (name, schema) in node as JsonObject ?? [])
        {
            // A name JSON Pointer must escape is left to the library that escapes it.
            if (name.Length == 0 || name.AsSpan().IndexOfAny('/', '~') >= 0 || Compile(schema) is not { } check)
            {
                return null;
            }

            found[name] = check;
        }

        return node is JsonObject ? found : null;
    }

    private static string[]? Names(JsonNode? node)
    {
        var names = (node as JsonArray)?.Select(Text).ToArray();
        return names is not null && names.All(n => n is not null) ? names.OfType<string>().ToArray() : null;
    }

    private static InstanceValue[]? Enum(JsonNode? node)
    {
        var values = new List<InstanceValue>();
        foreach (var entry in node as JsonArray ?? [])
        {
            // Arrays and objects as enum values are left to the library.
            InstanceValue? value = entry switch
            {
                null => new InstanceValue(JsonTypes.Null, null, 0),
                _ when Text(entry) is { } text => new InstanceValue(JsonTypes.String, text, 0),
                _ when Flag(entry) is { } flag => new InstanceValue(JsonTypes.Boolean, null, flag ? 1 : 0),
                _ when Number(entry) is { } number => new InstanceValue(JsonTypes.Number, null, number),
                _ => null,
            };
            if (value is null)
            {
                return null;
            }

            values.Add(value.Value);
        }

        return node is JsonArray ? [.. values] : null;
    }
}
