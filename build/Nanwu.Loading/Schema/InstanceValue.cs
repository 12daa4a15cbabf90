using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Nanwu.Loading.Schema;

/// <summary>
/// One value of a record as the compiled check sees it. A number is its type
/// <see cref="JsonTypes.Number"/> whatever its digits; whether it counts as an integer is
/// asked with <see cref="IsWhole"/>, the way JsonSchema.Net asks it.
/// </summary>
internal readonly record struct InstanceValue(JsonTypes Type, string? Text, decimal Number)
{
    /// <summary>
    /// Classifies a node; false for what the check does not answer for: a value of another CLR
    /// type than YAML reading makes (decimal, string, bool), or a string with a lone surrogate,
    /// which the serializer in front of JsonSchema.Net writes as U+FFFD.
    /// </summary>
    public static bool TryRead(JsonNode? node, out InstanceValue value)
    {
        value = default;
        switch (node)
        {
            case null:
                value = new(JsonTypes.Null, null, 0);
                return true;
            case JsonObject:
                value = new(JsonTypes.Object, null, 0);
                return true;
            case JsonArray:
                value = new(JsonTypes.Array, null, 0);
                return true;
            case JsonValue scalar:
                return TryReadScalar(scalar, out value);
            default:
                return false;
        }
    }

    /// <summary>
    /// JsonSchema.Net takes a number for an integer when it has no fraction, or when the
    /// nearest double has none (so 0.99999999999999999 passes, as it does there).
    /// </summary>
    public static bool IsWhole(decimal number)
    {
        if (number == decimal.Truncate(number))
        {
            return true;
        }

        var nearest = double.Parse(number.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return nearest == Math.Truncate(nearest);
    }

    /// <summary>True when the text is well-formed UTF-16 (every surrogate in a pair).</summary>
    public static bool IsWellFormed(string text)
    {
        var rest = text.AsSpan();
        var first = rest.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return true;
        }

        rest = rest[first..];
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out _, out var used) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            rest = rest[used..];
        }

        return true;
    }

    private static bool TryReadScalar(JsonValue scalar, out InstanceValue value)
    {
        value = default;
        switch (scalar.GetValueKind())
        {
            case JsonValueKind.String when scalar.TryGetValue<string>(out var text) && IsWellFormed(text):
                value = new(JsonTypes.String, text, 0);
                return true;
            // A number parsed from JSON text may carry digits a decimal cannot; only ask for held ones.
            case JsonValueKind.Number when scalar.TryGetValue<JsonElement>(out _):
                return false;
            case JsonValueKind.Number when scalar.TryGetValue<decimal>(out var number):
                value = new(JsonTypes.Number, null, number);
                return true;
            case JsonValueKind.Number when scalar.TryGetValue<long>(out var whole):
                value = new(JsonTypes.Number, null, whole);
                return true;
            case JsonValueKind.True:
            case JsonValueKind.False:
                value = new(JsonTypes.Boolean, null, scalar.GetValueKind() == JsonValueKind.True ? 1 : 0);
                return true;
            default:
                return false;
        }
    }
}
