using System.Text.Json;
using System.Text.Json.Nodes;
using Nanwu.Records.Values;

namespace Nanwu.Loading.Binding;

/// <summary>
/// Typed reads from a record that its schema has already accepted; a wrong shape here is a
/// programmer error (schema and binder disagree), so it throws.
/// </summary>
internal readonly struct Fields(JsonObject node)
{
    public string Text(string key) => node[key]?.GetValue<string>() ?? "";

    public DateOnly Date(string key) =>
        Dates.TryParse(Text(key), out var d) ? d : throw new InvalidDataException($"{key}: not a date");

    public DateOnly? OptionalDate(string key) =>
        node[key] is null ? null : Date(key);

    public decimal Number(string key) => node[key]!.GetValue<decimal>();

    public int Count(string key) => (int)Number(key);

    public IReadOnlyList<string> List(string key) =>
        (node[key] as JsonArray ?? []).Select(n => n!.GetValue<string>()).ToList();

    public Fields Child(string key) => new(node[key]!.AsObject());

    public JsonObject Node => node;

    /// <summary>Every number below this object, keyed by dotted path, in document order.</summary>
    public Dictionary<string, decimal> Numbers(IReadOnlySet<string> skip)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        Collect(node, "", result, skip);
        return result;
    }

    private static void Collect(
        JsonNode? value, string field, Dictionary<string, decimal> into, IReadOnlySet<string> skip)
    {
        switch (value)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    if (!skip.Contains(key) || field.Length > 0)
                    {
                        Collect(child, field.Length == 0 ? key : field + "." + key, into, skip);
                    }
                }

                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                into[field] = v.GetValue<decimal>();
                break;
        }
    }
}
