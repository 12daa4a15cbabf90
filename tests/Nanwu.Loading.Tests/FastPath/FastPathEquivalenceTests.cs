using Nanwu.Loading.Schema;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.TestSupport;
using Xunit.Abstractions;

namespace Nanwu.Loading.Tests.FastPath;

/// <summary>
/// The fast path is only worth having if it never changes a verdict or a message: these compare
/// it with JsonSchema.Net record by record, and the loader's diagnostics with and without it.
/// </summary>
public sealed class FastPathEquivalenceTests(CorpusFixture corpus, ITestOutputHelper output)
    : IClassFixture<CorpusFixture>
{
    [Fact]
    public void Every_schema_in_schemas_compiles_so_the_fast_path_is_really_taken()
    {
        var files = Directory.GetFiles(Repo.Path("schemas"), "*.schema.json");

        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.NotNull(
            CompiledSchema.Compile(System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(f))!.AsObject())));
    }

    [Fact]
    public void The_compiled_verdict_is_JsonSchema_Nets_on_every_record_and_mutation()
    {
        var items = corpus.Sample.Concat(corpus.Synthetic).Concat(corpus.Mutated).ToList();
        var differing = new List<string>();
        var invalid = 0;
        foreach (var item in items)
        {
            var library = corpus.Verdicts.LibrarySays(item.Kind, item.Document.Root);
            var compiled = corpus.Verdicts.CompiledSays(item.Kind, item.Document.Root);
            invalid += library ? 0 : 1;
            if (compiled != (library ? SchemaVerdict.Valid : SchemaVerdict.Invalid))
            {
                differing.Add($"{item.Path}: JsonSchema.Net {library}, compiled {compiled}\n{item.Text}");
            }
        }

        output.WriteLine($"{items.Count} records compared ({corpus.Sample.Count} sample, {corpus.Synthetic.Count} "
            + $"generated, {corpus.Mutated.Count} mutated); {invalid} invalid");
        Assert.True(corpus.Mutated.Count > 2000, $"only {corpus.Mutated.Count} mutations");
        Assert.True(invalid > 1000, $"only {invalid} invalid records");
        Assert.Empty(differing.Take(5));
    }

    [Fact]
    public void Validate_adds_the_same_diagnostics_in_the_same_order_with_and_without_the_fast_path()
    {
        var fast = new SchemaSet(Repo.Path("schemas"));
        var reference = new SchemaSet(Repo.Path("schemas")) { UseFastPath = false };
        foreach (var item in corpus.Sample.Concat(corpus.Synthetic).Concat(corpus.Mutated))
        {
            var (fastFound, referenceFound) = (new List<Diagnostic>(), new List<Diagnostic>());
            var fastValid = fast.Validate(item.Kind, item.Path, item.Document, fastFound);
            var referenceValid = reference.Validate(item.Kind, item.Path, item.Document, referenceFound);

            Assert.Equal(referenceValid, fastValid);
            Assert.Equal(referenceFound.Select(d => d.ToString()), fastFound.Select(d => d.ToString()));
        }
    }

    [Theory]
    [InlineData("sample")]
    [InlineData("synthetic")]
    [InlineData("mutations")]
    public void The_loader_reports_the_same_diagnostics_with_and_without_the_fast_path(string set)
    {
        var root = set switch
        {
            "sample" => Repo.Root,
            "synthetic" => corpus.SyntheticRoot,
            _ => corpus.MutationRoot,
        };

        var (fast, fastErrors, fastWarnings) = Load(root, fastPath: true);
        var (reference, referenceErrors, referenceWarnings) = Load(root, fastPath: false);

        output.WriteLine($"{set}: {reference.Count} diagnostics, {referenceErrors} errors, "
            + $"{referenceWarnings} warnings");
        Assert.Equal(reference, fast);
        Assert.Equal((referenceErrors, referenceWarnings), (fastErrors, fastWarnings));
        Assert.True(set == "sample" || referenceErrors > 0, "the corpus should hold invalid records");
    }

    private static (List<string> Lines, int Errors, int Warnings) Load(string root, bool fastPath)
    {
        var bag = new DiagnosticBag();
        new DataLoader(root, ReadLimits.Default) { FastSchemaCheck = fastPath }.Load(bag);
        return (bag.Sorted().Select(d => d.ToString()).ToList(), bag.ErrorCount, bag.WarningCount);
    }
}
