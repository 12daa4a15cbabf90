using System.Text.Json.Nodes;
using Nanwu.Loading.Schema;

namespace Nanwu.Loading.Tests;

/// <summary>
/// The compiled schema on the edges of JSON Schema as JsonSchema.Net 8 applies it; each expected
/// verdict is what that library answers (checked by hand against its keyword code).
/// </summary>
public sealed class CompiledSchemaTests
{
    private const string Draft = "\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"";

    private static CompiledSchema Schema(string properties, string extra = "") =>
        CompiledSchema.Compile(JsonNode.Parse(
            $$"""{ {{Draft}}, "type": "object", "properties": { {{properties}} } {{extra}} }""")!.AsObject())
        ?? throw new InvalidOperationException("did not compile");

    private static SchemaVerdict Check(CompiledSchema schema, JsonNode? value) =>
        schema.Check(new JsonObject { ["v"] = value });

    [Theory]
    [InlineData("5", SchemaVerdict.Valid)]
    [InlineData("1.0", SchemaVerdict.Valid)]
    [InlineData("1.5", SchemaVerdict.Invalid)]
    [InlineData("0.99999999999999999", SchemaVerdict.Valid)] // its nearest double is 1
    [InlineData("-1", SchemaVerdict.Invalid)]
    public void An_integer_has_no_fraction_as_its_nearest_double_sees_it(string number, SchemaVerdict expected)
    {
        var schema = Schema("\"v\": { \"type\": \"integer\", \"minimum\": 0 }");

        Assert.Equal(expected, Check(schema, decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("ab", SchemaVerdict.Valid)]
    [InlineData("a", SchemaVerdict.Invalid)]
    [InlineData("e\u0301", SchemaVerdict.Invalid)] // e and a combining accent: one character on screen
    [InlineData("👍👍", SchemaVerdict.Valid)] // four UTF-16 units, two characters
    public void MinLength_counts_characters_as_they_are_seen(string text, SchemaVerdict expected)
    {
        Assert.Equal(expected, Check(Schema("\"v\": { \"type\": \"string\", \"minLength\": 2 }"), text));
    }

    [Theory]
    [InlineData("0123456789", SchemaVerdict.Valid)]
    [InlineData("012345678", SchemaVerdict.Invalid)]
    [InlineData("０１２３４５６７８９", SchemaVerdict.Invalid)] // full-width digits are not \d in ECMAScript
    [InlineData("0123456789\n", SchemaVerdict.Valid)] // .NET's $ also matches before a final newline
    public void Pattern_is_the_ECMAScript_regex_JsonSchema_Net_builds(string text, SchemaVerdict expected)
    {
        Assert.Equal(expected, Check(Schema("\"v\": { \"type\": \"string\", \"pattern\": \"^\\\\d{10}$\" }"), text));
    }

    [Theory]
    [InlineData("2024-02-29", SchemaVerdict.Valid)]
    [InlineData("2025-02-29", SchemaVerdict.Invalid)]
    [InlineData("2025-02-30", SchemaVerdict.Invalid)]
    [InlineData("2025-13-01", SchemaVerdict.Invalid)]
    [InlineData("2025-2-3", SchemaVerdict.Invalid)]
    [InlineData("2025/01/01", SchemaVerdict.Invalid)]
    public void A_date_is_a_day_of_the_calendar_written_yyyy_MM_dd(string text, SchemaVerdict expected)
    {
        var schema = Schema("\"v\": { \"type\": [\"string\", \"null\"], \"format\": \"date\" }");

        Assert.Equal(expected, Check(schema, text));
    }

    [Fact]
    public void Null_passes_a_nullable_date_and_a_number_does_not()
    {
        var schema = Schema("\"v\": { \"type\": [\"string\", \"null\"], \"format\": \"date\" }");

        Assert.Equal(SchemaVerdict.Valid, Check(schema, null));
        Assert.Equal(SchemaVerdict.Invalid, Check(schema, 20250101m));
    }

    [Fact]
    public void UniqueItems_and_enum_compare_as_JSON_so_1_equals_1_0()
    {
        var unique = Schema("\"v\": { \"type\": \"array\", \"uniqueItems\": true, \"minItems\": 1 }");
        var choice = Schema("\"v\": { \"enum\": [\"是\", \"否\", 2] }");

        Assert.Equal(SchemaVerdict.Invalid, Check(unique, new JsonArray(1m, 1.0m)));
        Assert.Equal(SchemaVerdict.Invalid, Check(unique, new JsonArray("a", "a")));
        Assert.Equal(SchemaVerdict.Valid, Check(unique, new JsonArray("a", "b", 1m)));
        Assert.Equal(SchemaVerdict.Invalid, Check(unique, new JsonArray()));
        Assert.Equal(SchemaVerdict.Valid, Check(choice, "是"));
        Assert.Equal(SchemaVerdict.Invalid, Check(choice, "是 "));
        Assert.Equal(SchemaVerdict.Valid, Check(choice, 2.00m));
        Assert.Equal(SchemaVerdict.Invalid, Check(choice, "2"));
    }

    [Fact]
    public void Required_keys_and_closed_objects_are_enforced_at_every_level()
    {
        var schema = Schema(
            "\"v\": { \"type\": \"object\", \"additionalProperties\": false, \"properties\": { \"a\": {} } }",
            ", \"required\": [\"v\"], \"additionalProperties\": false");

        Assert.Equal(SchemaVerdict.Valid, schema.Check(new JsonObject { ["v"] = new JsonObject { ["a"] = 1m } }));
        Assert.Equal(SchemaVerdict.Invalid, schema.Check(new JsonObject()));
        Assert.Equal(SchemaVerdict.Invalid, schema.Check(new JsonObject { ["v"] = new JsonObject(), ["w"] = 1m }));
        Assert.Equal(SchemaVerdict.Invalid, schema.Check(new JsonObject { ["v"] = new JsonObject { ["b"] = 1m } }));
    }

    [Theory]
    [InlineData("\"$ref\": \"#/$defs/x\"")]
    [InlineData("\"oneOf\": [{}]")]
    [InlineData("\"anyOf\": [{}]")]
    [InlineData("\"allOf\": [{}]")]
    [InlineData("\"if\": {}")]
    [InlineData("\"const\": 1")]
    [InlineData("\"multipleOf\": 2")]
    [InlineData("\"exclusiveMinimum\": 0")]
    [InlineData("\"maxLength\": 3")]
    [InlineData("\"patternProperties\": {}")]
    [InlineData("\"dependentRequired\": {}")]
    [InlineData("\"format\": \"date-time\"")]
    [InlineData("\"items\": [{}]")]
    [InlineData("\"enum\": [{\"a\": 1}]")]
    [InlineData("\"minimum\": 1e400")]
    public void A_keyword_outside_the_subset_makes_the_schema_decline(string keyword)
    {
        var text = $$"""{ {{Draft}}, "properties": { "v": { {{keyword}} } } }""";

        Assert.Null(CompiledSchema.Compile(JsonNode.Parse(text)!.AsObject()));
    }

    [Fact]
    public void A_schema_of_another_or_no_dialect_declines()
    {
        Assert.Null(CompiledSchema.Compile(new JsonObject { ["type"] = "object" }));
        Assert.Null(CompiledSchema.Compile(new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["type"] = "object",
        }));
    }

    [Fact]
    public void Values_YAML_never_makes_are_left_to_JsonSchema_Net()
    {
        var schema = Schema("\"v\": {}");

        Assert.Equal(SchemaVerdict.Unsure, Check(schema, JsonValue.Create(1.5))); // a double, not a decimal
        Assert.Equal(SchemaVerdict.Unsure, Check(schema, "x\uD800y")); // serialized, it would become U+FFFD
        Assert.Equal(SchemaVerdict.Unsure, schema.Check(new JsonObject { ["\uDC00"] = 1m }));
    }
}
