using System.Text.Json.Nodes;
using Nanwu.Records.Forms;

namespace Nanwu.Workbooks.Import;

/// <summary>
/// What a cell must hold to become a field of a record, from the form (kind, unit) and the
/// schema (title, whether it may be empty, allowed values, whether it is a code).
/// </summary>
internal sealed record FieldRule(
    string Field,
    string Title,
    ValueKind Kind,
    string? Unit,
    bool Optional,
    bool Integer,
    bool Required,
    IReadOnlyList<string> Allowed,
    bool Code)
{
    public static FieldRule Of(JsonObject schema, string field, ValueKind kind, string? unit)
    {
        var rule = Node(schema, field) ?? [];
        var type = rule["type"]?.ToJsonString() ?? "";
        return new FieldRule(
            field,
            rule["title"]?.GetValue<string>() ?? field,
            kind,
            unit ?? rule["x-nanwu-unit"]?.GetValue<string>(),
            Optional: type.Contains("null"),
            Integer: type.Contains("integer"),
            Required: (rule["minLength"]?.GetValue<int>() ?? 0) > 0,
            (rule["enum"] as JsonArray ?? []).Select(v => v!.GetValue<string>()).ToList(),
            Code: rule["pattern"] is not null);
    }

    /// <summary>The schema of a dotted field: 刑事打击.新发案件.抓捕.</summary>
    public static JsonObject? Node(JsonObject schema, string field)
    {
        JsonNode? node = schema;
        foreach (var part in field.Split('.'))
        {
            node = node?["properties"]?[part];
        }

        return node as JsonObject;
    }
}
