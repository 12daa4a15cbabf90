using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Nanwu.Loading.Schema;

/// <summary>
/// One compiled (sub)schema: the keywords of the subset Nanwu uses, each applied to the JSON
/// node tree exactly as JsonSchema.Net 8 applies it to a JsonElement.
/// </summary>
internal sealed record SchemaCheck
{
    // The serializer in front of JsonSchema.Net throws past 64 levels; near that, the check does not answer.
    private const int MaxDepth = 60;

    /// <summary>The schema <c>true</c> or <c>{}</c>: every value passes.</summary>
    public static SchemaCheck Anything { get; } = new();

    public bool RefusesAll { get; init; }

    public JsonTypes? Types { get; init; }

    public IReadOnlyDictionary<string, SchemaCheck>? Properties { get; init; }

    /// <summary>The check for keys not in <see cref="Properties"/>; null when the schema lets any through.</summary>
    public SchemaCheck? Additional { get; init; }

    public IReadOnlyList<string> Required { get; init; } = [];

    public SchemaCheck? Items { get; init; }

    public int MinItems { get; init; }

    public bool UniqueItems { get; init; }

    public IReadOnlyList<InstanceValue>? Enum { get; init; }

    public decimal? Minimum { get; init; }

    public decimal? Maximum { get; init; }

    public int MinLength { get; init; }

    public Regex? Pattern { get; init; }

    public bool IsDate { get; init; }

    public SchemaVerdict Check(JsonNode? node, int depth)
    {
        if (depth > MaxDepth || !InstanceValue.TryRead(node, out var value))
        {
            return SchemaVerdict.Unsure;
        }

        if (RefusesAll || !FitsType(value) || !InEnum(value))
        {
            return SchemaVerdict.Invalid;
        }

        return value.Type switch
        {
            JsonTypes.Object => CheckObject((JsonObject)node!, depth),
            JsonTypes.Array => CheckArray((JsonArray)node!, depth),
            JsonTypes.String => Verdict(FitsString(value.Text!)),
            JsonTypes.Number => Verdict(InRange(value.Number)),
            _ => SchemaVerdict.Valid,
        };
    }

    private static SchemaVerdict Verdict(bool valid) => valid ? SchemaVerdict.Valid : SchemaVerdict.Invalid;

    private bool FitsType(InstanceValue value) =>
        Types is not { } types
        || (types & value.Type) != 0
        || (value.Type == JsonTypes.Number && (types & JsonTypes.Integer) != 0 && InstanceValue.IsWhole(value.Number));

    private bool InRange(decimal number) =>
        (Minimum is not { } least || number >= least) && (Maximum is not { } most || number <= most);

    private bool InEnum(InstanceValue value) => Enum is null || Enum.Any(e => EnumMatch.Equivalent(e, value));

    private SchemaVerdict CheckObject(JsonObject obj, int depth)
    {
        foreach (var key in Required)
        {
            if (!obj.ContainsKey(key))
            {
                return SchemaVerdict.Invalid;
            }
        }

        foreach (var (key, child) in obj)
        {
            if (!InstanceValue.IsWellFormed(key))
            {
                return SchemaVerdict.Unsure;
            }

            var check = Properties is not null && Properties.TryGetValue(key, out var known)
                ? known
                : Additional ?? Anything;
            var verdict = check.Check(child, depth + 1);
            if (verdict != SchemaVerdict.Valid)
            {
                return verdict;
            }
        }

        return SchemaVerdict.Valid;
    }

    private SchemaVerdict CheckArray(JsonArray array, int depth)
    {
        if (array.Count < MinItems)
        {
            return SchemaVerdict.Invalid;
        }

        foreach (var item in array)
        {
            var verdict = (Items ?? Anything).Check(item, depth + 1);
            if (verdict != SchemaVerdict.Valid)
            {
                return verdict;
            }
        }

        return UniqueItems ? EnumMatch.AllDifferent(array) : SchemaVerdict.Valid;
    }

    // minLength counts text elements (StringInfo), as JsonSchema.Net does; the count is at most the
    // UTF-16 length and at least one for any non-empty text, which settles the usual minLength 1.
    private bool FitsString(string text)
    {
        var longEnough = MinLength == 0
            || (text.Length >= MinLength
                && (MinLength == 1 || new StringInfo(text).LengthInTextElements >= MinLength));
        return longEnough && Pattern?.IsMatch(text) != false && (!IsDate || IsCalendarDate(text));
    }

    // The very test JsonSchema.Net's "date" format makes.
    private static bool IsCalendarDate(string text) =>
        DateTime.TryParseExact(text.ToUpperInvariant(), "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out _);
}
