using System.Text.Json.Nodes;

namespace Nanwu.Loading.Writing;

/// <summary>
/// A blank record from its schema: every key present, counts and amounts 0, optional dates
/// empty, text empty for the clerk to fill. An empty choice fails the check on purpose,
/// with the allowed values listed.
/// </summary>
public static class Scaffold
{
    public static JsonObject Blank(JsonObject schema, IReadOnlyDictionary<string, string> known)
    {
        var record = new JsonObject();
        foreach (var (key, rule) in schema["properties"] as JsonObject ?? [])
        {
            record[key] = known.TryGetValue(key, out var value) ? JsonValue.Create(value) : Value((JsonObject)rule!);
        }

        return record;
    }

    private static JsonNode? Value(JsonObject rule)
    {
        var type = rule["type"]?.ToJsonString() ?? "";
        if (type.Contains("null"))
        {
            return null;
        }

        return type switch
        {
            "\"object\"" => Blank(rule, new Dictionary<string, string>()),
            "\"array\"" => new JsonArray(),
            "\"integer\"" or "\"number\"" => JsonValue.Create(0m),
            _ => JsonValue.Create(""),
        };
    }
}
