using System.Text.Json;
using System.Text.Json.Nodes;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Loading.Schema;

/// <summary>Finds the values of fields a schema marks with <c>x-nanwu-private</c>.</summary>
public static class PrivateFields
{
    public static IEnumerable<PrivateValue> Collect(JsonObject schema, JsonNode? value, RecordSource source)
    {
        var found = new List<PrivateValue>();
        Walk(schema, value, "", found, source);
        return found;
    }

    private static void Walk(
        JsonObject rule, JsonNode? value, string field, List<PrivateValue> found, RecordSource source)
    {
        if (rule["x-nanwu-private"] is JsonValue mark && value is JsonValue v
            && v.GetValueKind() == JsonValueKind.String)
        {
            found.Add(new PrivateValue(v.GetValue<string>(), mark.GetValue<string>(), source.At(field)));
        }

        if (value is JsonObject obj && rule["properties"] is JsonObject properties)
        {
            foreach (var (key, child) in obj)
            {
                if (properties[key] is JsonObject childRule)
                {
                    Walk(childRule, child, field.Length == 0 ? key : $"{field}.{key}", found, source);
                }
            }
        }
        else if (value is JsonArray array && rule["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Walk(items, array[i], $"{field}.{i}", found, source);
            }
        }
    }
}
