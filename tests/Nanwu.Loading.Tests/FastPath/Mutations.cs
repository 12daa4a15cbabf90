using System.Globalization;
using System.Text.Json.Nodes;

namespace Nanwu.Loading.Tests.FastPath;

/// <summary>
/// Deterministic damage to valid records, of the kinds clerks make and of the kinds that sit on
/// the edges of JSON Schema's rules: a value of another type, null, a key dropped or added, a
/// negative or fractional number, an impossible date, a near-miss enum value, a short string,
/// a repeated list item, a broken code, a number written as text.
/// </summary>
internal static class Mutations
{
    private static readonly string[] Texts =
    [
        "", " ", "x", "2025-02-30", "2025-13-01", "2024-02-29", "2025-02-29", "2025-2-3", "2025-01-01T00:00:00",
        "２０２５-01-01", "2025-01-01 ", "20250101", "2025/01/01", "e\u0301", "👍", "\u200B", "0", "12",
        "0123456789", "011-12345678", "13812345678", "91140000MA0K1234X5", "91140000ma0k1234x5", "2024-12",
        "2024-1", "是", "否", "是 ", "单位", "个人", "无", "待认定", "nanbao", "Nanbao", "-", "a-b",
    ];

    private static readonly decimal[] Numbers =
    [
        0m, -1m, 1m, 1.0m, 0.5m, -0.0001m, 100m, 100.0001m, 99.9999m, 0.99999999999999999m,
        12345678901234567890.5m, 1e20m, 7m, 2024m,
    ];

    /// <summary><paramref name="count"/> mutated copies of <paramref name="root"/>, the same for a seed.</summary>
    public static IEnumerable<JsonObject> Of(JsonObject root, int seed, int count)
    {
        var random = new Random(seed);
        for (var n = 0; n < count; n++)
        {
            var copy = root.DeepClone().AsObject();
            var steps = random.Next(4) == 0 ? 2 : 1;
            for (var s = 0; s < steps; s++)
            {
                Mutate(copy, random);
            }

            yield return copy;
        }
    }

    private static void Mutate(JsonObject root, Random random)
    {
        var places = new List<(JsonNode Parent, string? Key, int Index)>();
        Collect(root, places);
        if (places.Count == 0 || random.Next(8) == 0)
        {
            ChangeObject(root, random);
            return;
        }

        var (parent, key, index) = places[random.Next(places.Count)];
        var old = key is null ? parent.AsArray()[index] : parent.AsObject()[key];
        switch (old)
        {
            case JsonObject obj when random.Next(3) > 0:
                ChangeObject(obj, random);
                return;
            case JsonArray array when random.Next(3) > 0:
                ChangeArray(array, random);
                return;
        }

        var replacement = Replacement(old, random);
        if (key is null)
        {
            parent.AsArray()[index] = replacement;
        }
        else
        {
            parent.AsObject()[key] = replacement;
        }
    }

    private static void Collect(JsonNode node, List<(JsonNode, string?, int)> places)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    places.Add((obj, key, 0));
                    if (child is not null)
                    {
                        Collect(child, places);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    places.Add((array, null, i));
                    if (array[i] is { } item)
                    {
                        Collect(item, places);
                    }
                }

                break;
        }
    }

    private static JsonNode? Replacement(JsonNode? old, Random random)
    {
        var kind = random.Next(10);
        if (kind == 0)
        {
            return null;
        }

        if (kind == 1)
        {
            return OtherType(random);
        }

        return old switch
        {
            JsonValue v when v.TryGetValue<string>(out var text) => NearText(text, random),
            JsonValue v when v.TryGetValue<decimal>(out var number) => NearNumber(number, random),
            JsonValue v when v.TryGetValue<bool>(out var flag) => random.Next(2) == 0 ? !flag : flag.ToString(),
            _ => OtherType(random),
        };
    }

    private static JsonNode? OtherType(Random random) => random.Next(6) switch
    {
        0 => Texts[random.Next(Texts.Length)],
        1 => Numbers[random.Next(Numbers.Length)],
        2 => random.Next(2) == 0,
        3 => new JsonArray(),
        4 => new JsonObject(),
        _ => new JsonArray("x", "x"),
    };

    private static JsonNode NearText(string text, Random random) => random.Next(9) switch
    {
        0 => text + "x",
        1 => text.Length > 1 ? text[1..] : "",
        2 => text.ToLowerInvariant() + (text.Length % 2 == 0 ? "" : "\n"),
        3 => " " + text,
        4 => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : text + text,
        5 => string.Concat(text.Select(c => char.IsAsciiDigit(c) ? (char)(c - '0' + '０') : c)),
        6 => text.Replace('-', '/'),
        _ => Texts[random.Next(Texts.Length)],
    };

    private static JsonNode NearNumber(decimal number, Random random) => random.Next(8) switch
    {
        0 => -number - 1,
        1 => number + 0.5m,
        2 => number * 1.0m,
        3 => number.ToString(CultureInfo.InvariantCulture),
        4 => number + 0.00001m,
        _ => Numbers[random.Next(Numbers.Length)],
    };

    private static void ChangeObject(JsonObject obj, Random random)
    {
        var keys = obj.Select(p => p.Key).ToList();
        switch (random.Next(4))
        {
            case 0 when keys.Count > 0:
                obj.Remove(keys[random.Next(keys.Count)]);
                break;
            case 1 when keys.Count > 0:
                obj[keys[random.Next(keys.Count)] + "\u200B"] = "x";
                break;
            case 2:
                obj.Clear();
                break;
            default:
                obj["未知字段"] = Numbers[random.Next(Numbers.Length)];
                break;
        }
    }

    private static void ChangeArray(JsonArray array, Random random)
    {
        switch (random.Next(5))
        {
            case 0 when array.Count > 0:
                array.Add(array[random.Next(array.Count)]?.DeepClone());
                break;
            case 1:
                array.Clear();
                break;
            case 2 when array.Count > 0:
                array.RemoveAt(random.Next(array.Count));
                break;
            case 3:
                array.Add(1m);
                array.Add(1.0m);
                break;
            default:
                array.Add(Texts[random.Next(Texts.Length)]);
                break;
        }
    }
}
