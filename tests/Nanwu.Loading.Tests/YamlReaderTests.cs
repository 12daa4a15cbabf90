using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;

namespace Nanwu.Loading.Tests;

public sealed class YamlReaderTests
{
    private const string File = "data/x.yaml";

    private static (YamlDocument? Doc, List<Diagnostic> Problems) Read(string text, ReadLimits? limits = null)
    {
        var problems = new List<Diagnostic>();
        var doc = new YamlReader(limits ?? ReadLimits.Default).Read(File, text, problems);
        return (doc, problems);
    }

    private static string Only(List<Diagnostic> problems) => Assert.Single(problems).ToString();

    [Fact]
    public void A_key_written_twice_is_an_error_at_the_second_key_never_last_wins()
    {
        var (doc, problems) = Read("行政处置:\n  立案: 1\n  处罚: 0\n  立案: 2\n");

        Assert.Null(doc);
        Assert.Equal("data/x.yaml:4:3: 错误 Y002: 行政处置.立案: 这个键在第 2 行已经写过；同一层里每个键只写一次，请删去其中一个",
            Only(problems));
    }

    [Fact]
    public void The_same_key_in_two_list_items_is_fine()
    {
        var (doc, problems) = Read("轮次:\n  - 编号: a\n  - 编号: b\n");

        Assert.Empty(problems);
        Assert.Equal("b", doc!.Root["轮次"]![1]!["编号"]!.GetValue<string>());
    }

    [Fact]
    public void Values_keep_their_line_and_column_in_characters()
    {
        var (doc, _) = Read("# comment\n风险主体名称: 某某公司\n行政处置:\n  罚款: 0.5\n");

        Assert.Equal((2, 9), doc!.ValuePositions["风险主体名称"]);
        Assert.Equal((4, 7), doc.ValuePositions["行政处置.罚款"]);
        Assert.Equal((4, 3), doc.KeyPositions["行政处置.罚款"]);
    }

    [Fact]
    public void Plain_scalars_are_typed_like_yaml_core_and_no_further()
    {
        var (doc, _) = Read("a: 12\nb: 0.5\nc: yes\nd: 2024-07-05\ne: 0358\nf:\ng: true\nh: \"12\"\ni: 149900198506120031\n");
        var root = doc!.Root;

        Assert.Equal(12m, root["a"]!.GetValue<decimal>());
        Assert.Equal(0.5m, root["b"]!.GetValue<decimal>());
        Assert.Equal("yes", root["c"]!.GetValue<string>());
        Assert.Equal("2024-07-05", root["d"]!.GetValue<string>());
        Assert.Equal("0358", root["e"]!.GetValue<string>());
        Assert.Null(root["f"]);
        Assert.True(root["g"]!.GetValue<bool>());
        Assert.Equal("12", root["h"]!.GetValue<string>());
        Assert.Equal(149900198506120031m, root["i"]!.GetValue<decimal>());
    }

    [Fact]
    public void Aliases_are_refused_so_alias_bombs_cannot_expand()
    {
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n" +
                   "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n";

        var (doc, problems) = Read(bomb);

        Assert.Null(doc);
        Assert.Equal("data/x.yaml:1:4: 错误 Y005: a: 用了锚点（&）、别名（*）或合并键（<<）；记录文件里请把每个值直接写出来",
            Only(problems));
    }

    [Fact]
    public void Deep_nesting_is_refused_by_counting_levels()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 5000)) + string.Concat(Enumerable.Repeat("]", 5000));

        var (doc, problems) = Read("a: " + deep + "\n");

        Assert.Null(doc);
        Assert.Equal(Codes.TooDeep, Assert.Single(problems).Code);
    }

    [Fact]
    public void Too_many_values_are_refused_by_counting_nodes()
    {
        var many = "a: [" + string.Join(",", Enumerable.Repeat("1", 200)) + "]\n";

        var (doc, problems) = Read(many, ReadLimits.Default with { MaxNodes = 100 });

        Assert.Null(doc);
        // Node 101 is the 99th list item (root mapping and list are nodes 1 and 2): column 5 + 2 × 98.
        Assert.Equal("data/x.yaml:1:201: 错误 Y008: 文件中的值超过 100 个，已停止读取；一条记录远用不了这么多，请检查文件是否放错",
            Only(problems));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# 只有注释\n# 第二行\n")]
    [InlineData("---\n")]
    public void Empty_files_and_comment_only_files_are_reported(string text)
    {
        var (doc, problems) = Read(text);

        Assert.Null(doc);
        Assert.Equal(Codes.EmptyFile, Assert.Single(problems).Code);
    }

    [Fact]
    public void Tab_indentation_is_named_with_its_place()
    {
        var (_, problems) = Read("行政处置:\n\t立案: 1\n");

        Assert.Equal("data/x.yaml:2:1: 错误 Y001: 这一行用制表符（Tab）缩进；YAML 只能用空格缩进，请把 Tab 换成两个空格",
            Only(problems));
    }

    [Fact]
    public void An_unclosed_quote_is_a_syntax_error_with_a_place()
    {
        var (_, problems) = Read("名称: \"东庄村\n村主干: 王\n");

        var d = Assert.Single(problems);
        Assert.Equal(Codes.YamlSyntax, d.Code);
        Assert.Equal(1, d.Span.Line);
    }

    [Fact]
    public void A_second_document_is_refused()
    {
        var (_, problems) = Read("a: 1\n---\nb: 2\n");

        Assert.Equal("data/x.yaml:2:1: 错误 Y006: 文件里有第二个“---”开始的文档；一个文件只写一条记录，请删去多余的部分",
            Only(problems));
    }

    [Fact]
    public void A_list_at_the_top_is_not_a_record()
    {
        var (_, problems) = Read("- a\n- b\n");

        Assert.Equal(Codes.NotMapping, Assert.Single(problems).Code);
    }

    [Fact]
    public void Crlf_line_ends_are_accepted()
    {
        var (doc, problems) = Read("a: 1\r\nb:\r\n  c: x\r\n");

        Assert.Empty(problems);
        Assert.Equal("x", doc!.Root["b"]!["c"]!.GetValue<string>());
        Assert.Equal((3, 6), doc.ValuePositions["b.c"]);
    }

    [Fact]
    public void Merge_keys_are_refused()
    {
        var (_, problems) = Read("a:\n  <<: {b: 1}\n");

        Assert.Equal(Codes.Alias, Assert.Single(problems).Code);
    }
}
