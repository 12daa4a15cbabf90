using Nanwu.Loading.Files;
using Nanwu.Loading.Schema;
using Nanwu.Loading.Writing;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.TestSupport;

namespace Nanwu.Loading.Tests;

public sealed class CanonicalWriterTests
{
    public static IEnumerable<object[]> SampleRecords() =>
        Directory.GetFiles(Repo.Path("data"), "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repo.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(p => new object[] { p });

    /// <summary>Every sample record is already in the canonical form: writing it back changes no byte.</summary>
    [Theory]
    [MemberData(nameof(SampleRecords))]
    public void Sample_records_are_in_the_one_canonical_form(string path)
    {
        var text = File.ReadAllText(Repo.Path(path));
        var kind = DataLayout.Classify(path["data/".Length..])!.Kind;
        var doc = new YamlReader(ReadLimits.Default).Read(path, text, new List<Diagnostic>())!;
        var schema = new SchemaSet(Repo.Path("schemas")).NodeOf(kind);

        var written = CanonicalWriter.Write(schema, doc.Root, DataLoader.ExpectedSchemaPath(path, kind));

        Assert.Equal(text, written);
    }

    [Fact]
    public void Strings_that_yaml_would_read_as_something_else_are_quoted()
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse("""{"properties":{"a":{},"b":{},"c":{},"d":{},"e":{}}}""")!.AsObject();
        var record = new System.Text.Json.Nodes.JsonObject
        {
            ["a"] = "12", ["b"] = "true", ["c"] = "", ["d"] = "注意: 这里", ["e"] = "平稳",
        };

        var written = CanonicalWriter.Write(schema, record, "x.json");

        Assert.Equal("# yaml-language-server: $schema=x.json\na: \"12\"\nb: \"true\"\nc: \"\"\nd: \"注意: 这里\"\ne: 平稳\n", written);
    }
}
