using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Nanwu.Loading.Schema;

/// <summary>Reads the values of schema keywords; null for a value the compiled check does not take.</summary>
internal static class KeywordValues
{
    private static readonly Dictionary<string, JsonTypes> TypeNames = new(StringComparer.Ordinal)
    {
        ["object"] = JsonTypes.Object,
        ["array"] = JsonTypes.Array,
        ["boolean"] = JsonTypes.Boolean,
        ["string"] = JsonTypes.String,
        ["number"] = JsonTypes.Number,
        ["integer"] = JsonTypes.Integer,
        ["null"] = JsonTypes.Null,
    };

    public static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    public static bool? Flag(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? v.GetValueKind() == JsonValueKind.True
            : null;

    public static JsonTypes? Types(JsonNode? node)
    {
        if (Text(node) is { } one)
        {
            return TypeNames.TryGetValue(one, out var type) ? type : null;
        }

        var all = JsonTypes.None;
        foreach (var name in node as JsonArray ?? (IEnumerable<JsonNode?>)[null])
        {
            if (Text(name) is not { } text || !TypeNames.TryGetValue(text, out var type))
            {
                return null;
            }

            all |= type;
        }

        return all;
    }

    // Plain decimal notation of at most 28 digits, which a decimal holds exactly; anything else declines.
    public static decimal? Number(JsonNode? node)
    {
        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.Number)
        {
            return null;
        }

        var text = v.ToJsonString();
        var digits = text.Count(char.IsAsciiDigit);
        return digits <= 28 && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }

    public static int? Count(JsonNode? node) =>
        Number(node) is { } n && n >= 0 && n <= int.MaxValue && n == decimal.Truncate(n) ? (int)n : null;

    // Built with the options JsonSchema.Net 8's pattern keyword uses.
    public static Regex? Pattern(JsonNode? node)
    {
        try
        {
            return Text(node) is { } text ? new Regex(text, RegexOptions.Compiled | RegexOptions.ECMAScript) : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
