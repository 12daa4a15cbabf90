using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Nanwu.Records.Values;

namespace Nanwu.Loading.Writing;

/// <summary>
/// The one writer of record files (DESIGN.md "One canonical file form"): the schema line
/// first, every key in the schema's order, two-space indents, numbers in their shortest form,
/// dates plain, codes and other patterned strings double-quoted, empty optional dates as a
/// bare key. Import, scaffolding and entry pages all write through here.
/// </summary>
public static class CanonicalWriter
{
    public static string Write(JsonObject schema, JsonObject record, string schemaPath)
    {
        var sb = new StringBuilder();
        sb.Append("# yaml-language-server: $schema=").Append(schemaPath).Append('\n');
        WriteObject(sb, schema, record, 0);
        return sb.ToString();
    }

    /// <summary>A Markdown file: the record as front matter between two "---" lines, then the body.</summary>
    public static string WriteFrontMatter(JsonObject schema, JsonObject record, string body)
    {
        var sb = new StringBuilder("---\n");
        WriteObject(sb, schema, record, 0);
        return sb.Append("---\n").Append(body).ToString();
    }

    private static void WriteObject(StringBuilder sb, JsonObject rule, JsonObject value, int indent)
    {
        var properties = rule["properties"] as JsonObject ?? [];
        var keys = properties.Select(p => p.Key).Where(value.ContainsKey)
            .Concat(value.Select(p => p.Key).Where(k => !properties.ContainsKey(k)));
        foreach (var key in keys)
        {
            var childRule = properties[key] as JsonObject ?? [];
            WriteEntry(sb, new string(' ', indent) + Key(key) + ":", childRule, value[key], indent);
        }
    }

    private static void WriteEntry(StringBuilder sb, string prefix, JsonObject rule, JsonNode? value, int indent)
    {
        switch (value)
        {
            case JsonObject obj:
                sb.Append(prefix).Append('\n');
                WriteObject(sb, rule, obj, indent + 2);
                break;
            case JsonArray { Count: 0 }:
                sb.Append(prefix).Append(" []\n");
                break;
            case JsonArray array:
                sb.Append(prefix).Append('\n');
                WriteItems(sb, rule["items"] as JsonObject ?? [], array, indent + 2);
                break;
            case null:
                sb.Append(prefix).Append('\n');
                break;
            default:
                sb.Append(prefix).Append(' ').Append(Scalar(rule, (JsonValue)value)).Append('\n');
                break;
        }
    }

    private static void WriteItems(StringBuilder sb, JsonObject rule, JsonArray array, int indent)
    {
        var pad = new string(' ', indent);
        foreach (var item in array)
        {
            if (item is JsonObject obj)
            {
                var inner = new StringBuilder();
                WriteObject(inner, rule, obj, indent + 2);
                var text = inner.ToString();
                sb.Append(pad).Append("- ").Append(text.AsSpan(indent + 2));
            }
            else
            {
                sb.Append(pad).Append("- ").Append(item is null ? "" : Scalar(rule, (JsonValue)item)).Append('\n');
            }
        }
    }

    private static string Scalar(JsonObject rule, JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.Number => Money.Canonical(value.GetValue<decimal>()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => Text(rule, value.GetValue<string>()),
    };

    private static string Text(JsonObject rule, string text)
    {
        var isDate = rule["format"]?.GetValue<string>() == "date" && Dates.TryParse(text, out _);
        return isDate || (rule["pattern"] is null && IsSafePlain(text)) ? text : Quote(text);
    }

    private static string Key(string key) => IsSafePlain(key) ? key : Quote(key);

    // A plain scalar that YAML reads back as exactly this string.
    private static bool IsSafePlain(string text) =>
        text.Length > 0
        && text.Trim() == text
        && "-?:,[]{}#&*!|>'\"%@`".IndexOf(text[0]) < 0
        && !text.Contains(": ") && !text.Contains(" #") && !text.EndsWith(':')
        && !text.Any(char.IsControl)
        && Yaml.ScalarTyping.Type(text) is JsonValue v && v.GetValueKind() == JsonValueKind.String
        && !Dates.TryParse(text, out _);

    private static string Quote(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                < ' ' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return sb.Append('"').ToString();
    }
}
