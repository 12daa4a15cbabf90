using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Values;

namespace Nanwu.Loading.Schema;

/// <summary>
/// Walks a record beside its schema and says, in Chinese, what is wrong at each place.
/// It understands the keywords Nanwu's schemas use (type, enum, required,
/// additionalProperties, minimum, maximum, pattern, format date, minItems, uniqueItems);
/// the library stays the judge of validity.
/// </summary>
internal sealed class SchemaExplainer(JsonObject schema, string path, YamlDocument document)
{
    private readonly List<Diagnostic> _found = [];

    public List<Diagnostic> Explain()
    {
        Walk(schema, document.Root, "");
        return _found;
    }

    /// <summary>JSON Pointer (/a/b/0) to dotted field path (a.b.0).</summary>
    public static string FieldOf(string pointer) =>
        string.Join('.', pointer.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Replace("~1", "/").Replace("~0", "~")));

    private void Walk(JsonObject rule, JsonNode? value, string field)
    {
        if (!TypeMatches(rule, value, field))
        {
            return;
        }

        switch (value)
        {
            case JsonObject obj:
                WalkObject(rule, obj, field);
                break;
            case JsonArray array:
                WalkArray(rule, array, field);
                break;
            case JsonValue scalar:
                WalkScalar(rule, scalar, field);
                break;
        }
    }

    private void WalkObject(JsonObject rule, JsonObject obj, string field)
    {
        var properties = rule["properties"] as JsonObject ?? [];
        foreach (var required in (rule["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()))
        {
            if (!obj.ContainsKey(required) && properties[required] is JsonObject missing)
            {
                _found.Add(Messages.MissingKey(
                    ValueSpan(field), Join(field, required), Title(missing, required), MissingHint(missing)));
            }
        }

        foreach (var (key, child) in obj)
        {
            var childField = Join(field, key);
            if (properties[key] is JsonObject childRule)
            {
                Walk(childRule, child, childField);
            }
            else if (rule["additionalProperties"] is JsonValue allowed && !allowed.GetValue<bool>())
            {
                var names = properties.Select(p => p.Key).ToList();
                var closest = Closest(key, names);
                _found.Add(InvisibleCharacters.FirstIn(key) is { } hidden && closest is not null
                    ? Messages.UnknownKeyWithHiddenCharacter(KeySpan(childField), childField, key, hidden, closest)
                    : Messages.UnknownKey(KeySpan(childField), childField, closest, names, key));
            }
        }
    }

    private void WalkArray(JsonObject rule, JsonArray array, string field)
    {
        if (rule["minItems"] is JsonValue min && array.Count < min.GetValue<int>())
        {
            _found.Add(Messages.EmptyList(ValueSpan(field), field));
        }

        if (rule["uniqueItems"] is JsonValue unique && unique.GetValue<bool>())
        {
            var seen = new HashSet<string>();
            for (var i = 0; i < array.Count; i++)
            {
                var text = array[i]?.ToJsonString() ?? "null";
                if (!seen.Add(text))
                {
                    _found.Add(Messages.RepeatedItem(ValueSpan(Join(field, i)), Join(field, i), Raw(array[i])));
                }
            }
        }

        if (rule["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Walk(items, array[i], Join(field, i));
            }
        }
    }

    private void WalkScalar(JsonObject rule, JsonValue scalar, string field)
    {
        var span = ValueSpan(field);
        var raw = Raw(scalar);
        if (rule["enum"] is JsonArray options && !options.Any(o => JsonNode.DeepEquals(o, scalar)))
        {
            var allowed = options.Select(o => Raw(o)).ToList();
            _found.Add(ClerkInput.TryReadYesNo(raw) is { } meant && allowed.Contains(meant)
                ? Messages.YesNoWrittenOtherwise(span, field, raw, meant, allowed)
                : Messages.NotInEnum(span, field, raw, allowed));
            return;
        }

        if (scalar.GetValueKind() == JsonValueKind.Number)
        {
            var number = scalar.GetValue<decimal>();
            if (rule["minimum"] is JsonValue min && number < min.GetValue<decimal>())
            {
                _found.Add(number < 0 ? Messages.Negative(span, field, raw)
                    : Messages.SchemaOther(span, field, $"不能小于 {min}"));
            }

            if (rule["maximum"] is JsonValue max && number > max.GetValue<decimal>())
            {
                _found.Add(Messages.TooBig(span, field, raw, max.ToJsonString()));
            }

            return;
        }

        if (scalar.GetValueKind() != JsonValueKind.String)
        {
            return;
        }

        if (rule["minLength"] is JsonValue minLength && raw.Length < minLength.GetValue<int>())
        {
            _found.Add(Messages.TooShort(span, field, Title(rule, field), minLength.GetValue<int>()));
        }

        if (rule["format"] is JsonValue format && format.GetValue<string>() == "date"
            && !Dates.TryParse(raw, out _))
        {
            var suggestion = ClerkInput.TryReadDate(raw) is { } d ? Dates.Format(d) : null;
            _found.Add(Messages.BadDate(span, field, raw, suggestion));
        }

        if (rule["pattern"] is JsonValue pattern && !Regex.IsMatch(raw, pattern.GetValue<string>()))
        {
            _found.Add(Messages.PatternMismatch(span, field, raw, PatternRule(rule, pattern.GetValue<string>())));
        }
    }

    private bool TypeMatches(JsonObject rule, JsonNode? value, string field)
    {
        var types = rule["type"] switch
        {
            JsonValue one => [one.GetValue<string>()],
            JsonArray many => many.Select(t => t!.GetValue<string>()).ToArray(),
            _ => Array.Empty<string>(),
        };
        if (types.Length == 0 || types.Any(t => Is(t, value)))
        {
            return true;
        }

        _found.Add(TypeAdvice.For(ValueSpan(field), field, types, value, rule));
        return false;
    }

    private static bool Is(string type, JsonNode? value) => (type, value) switch
    {
        ("null", null) => true,
        ("object", JsonObject) => true,
        ("array", JsonArray) => true,
        ("string", JsonValue v) => v.GetValueKind() == JsonValueKind.String,
        ("boolean", JsonValue v) => v.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        ("number", JsonValue v) => v.GetValueKind() == JsonValueKind.Number,
        ("integer", JsonValue v) => v.GetValueKind() == JsonValueKind.Number
            && decimal.IsInteger(v.GetValue<decimal>()),
        _ => false,
    };

    private static string MissingHint(JsonObject rule)
    {
        var type = rule["type"]?.ToJsonString() ?? "";
        if (type.Contains("null"))
        {
            return "，还没有就只写键名和冒号、后面留空";
        }

        return type.Contains("integer") || type.Contains("number") ? "，没有就填 0" : "";
    }

    private static string PatternRule(JsonObject rule, string pattern) =>
        rule["x-nanwu-pattern-hint"]?.GetValue<string>()
        ?? (rule["description"]?.GetValue<string>() is { } d ? d : $"应符合 {pattern}");

    internal static string Title(JsonObject rule, string fallback) =>
        rule["title"]?.GetValue<string>() ?? fallback;

    internal static string Raw(JsonNode? node) => node switch
    {
        null => "（空）",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<decimal>().ToString(
            System.Globalization.CultureInfo.InvariantCulture),
        // Chinese as written, not as \u escapes.
        _ => node.ToJsonString(ReadableJson),
    };

    private static readonly JsonSerializerOptions ReadableJson =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string? Closest(string key, IReadOnlyList<string> names)
    {
        var plain = ClerkInput.NormaliseName(Regex.Replace(key, @"[（(].*?[)）]|[：:，,]", ""));
        return names.FirstOrDefault(n => ClerkInput.NormaliseName(n) == plain)
            ?? names.Where(n => Distance(n, key) <= Math.Max(1, n.Length / 4))
                .OrderBy(n => Distance(n, key)).FirstOrDefault();
    }

    private static int Distance(string a, string b)
    {
        var d = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            d[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var previous = d[0];
            d[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = d[j];
                d[j] = Math.Min(Math.Min(d[j] + 1, d[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }

        return d[b.Length];
    }

    private Records.Diagnostics.SourceSpan ValueSpan(string field) =>
        new Records.Model.RecordSource(path, document.ValuePositions).At(field);

    private Records.Diagnostics.SourceSpan KeySpan(string field) =>
        document.KeyPositions.TryGetValue(field, out var p)
            ? new Records.Diagnostics.SourceSpan(path, p.Line, p.Column)
            : ValueSpan(field);

    private static string Join(string parent, object key) =>
        parent.Length == 0 ? $"{key}" : $"{parent}.{key}";
}
