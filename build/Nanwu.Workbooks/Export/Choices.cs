using System.Text.Json.Nodes;

namespace Nanwu.Workbooks.Export;

/// <summary>The allowed values of a field, from its schema's <c>enum</c>.</summary>
internal static class Choices
{
    public static IReadOnlyList<string> Of(JsonObject schema, string key) =>
        (schema["properties"]?[key]?["enum"] as JsonArray ?? [])
            .Select(v => v!.GetValue<string>())
            .ToList();
}
