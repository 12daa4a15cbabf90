using System.Text.Json.Nodes;

namespace Nanwu.Loading.Schema;

/// <summary>
/// JSON equality as JsonSchema.Net's enum and uniqueItems use it (Json.More's IsEquivalentTo):
/// same kind, strings compared ordinally, numbers by value, so 1 equals 1.0.
/// </summary>
internal static class EnumMatch
{
    public static bool Equivalent(InstanceValue a, InstanceValue b) =>
        a.Type == b.Type && a.Type switch
        {
            JsonTypes.String => string.Equals(a.Text, b.Text, StringComparison.Ordinal),
            JsonTypes.Number or JsonTypes.Boolean => a.Number == b.Number,
            JsonTypes.Null => true,
            _ => false,
        };

    /// <summary>
    /// uniqueItems over items already read by <see cref="InstanceValue.TryRead"/>. Arrays and
    /// objects as items are left to JsonSchema.Net, whose hash of them tells 1 from 1.0.
    /// </summary>
    public static SchemaVerdict AllDifferent(JsonArray array)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new HashSet<decimal>();
        var others = new HashSet<(JsonTypes, decimal)>();
        foreach (var item in array)
        {
            InstanceValue.TryRead(item, out var value);
            var added = value.Type switch
            {
                JsonTypes.String => texts.Add(value.Text!),
                JsonTypes.Number => numbers.Add(value.Number),
                JsonTypes.Boolean or JsonTypes.Null => others.Add((value.Type, value.Number)),
                _ => (bool?)null,
            };
            if (added is not true)
            {
                return added is null ? SchemaVerdict.Unsure : SchemaVerdict.Invalid;
            }
        }

        return SchemaVerdict.Valid;
    }
}
