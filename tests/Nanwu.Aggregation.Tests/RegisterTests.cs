namespace Nanwu.Aggregation.Tests;

public sealed class RegisterTests
{
    [Fact]
    public void The_clue_register_follows_the_six_printed_categories_with_derived_numbers()
    {
        var register = SampleData.Summary.ClueRegister;

        Assert.Equal(Enumerable.Range(1, register.Count), register.Select(r => r.Number));
        var ranks = register.Select(r => ClueDomains.Rank(r.Clue.Domain)).ToList();
        Assert.Equal(ranks.Order(), ranks);
        Assert.Equal([1, 2, 3, 4, 5, 6], ranks.Distinct());
    }

    [Fact]
    public void Every_clue_file_is_in_the_register()
    {
        var files = Directory.GetFiles(TestSupport.Repo.Path("data"), "*.yaml", SearchOption.AllDirectories)
            .Count(f => f.Replace('\\', '/').Contains("/clues/"));

        Assert.Equal(files, SampleData.Summary.ClueRegister.Count);
    }

    [Fact]
    public void The_schema_lists_the_categories_in_the_printed_order()
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(TestSupport.Repo.Path("schemas/clue.schema.json")))!;
        var listed = schema["properties"]!["所属行业领域"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());

        Assert.Equal(ClueDomains.Ordered, listed);
    }
}
