using System.Text.Json.Nodes;

namespace Nanwu.Synthetic;

/// <summary>The allowed values of a field, read from its schema so generated records follow the schema.</summary>
internal static class Choices
{
    public static IReadOnlyList<string> Of(JsonObject schema, params string[] path)
    {
        JsonNode? node = schema;
        foreach (var key in path)
        {
            node = node?["properties"]?[key];
        }

        var options = node?["enum"] ?? node?["items"]?["enum"];
        return (options as JsonArray ?? []).Select(o => o!.GetValue<string>()).ToList();
    }
}
