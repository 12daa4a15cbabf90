using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;
using Nanwu.Rendering.Wall;

namespace Nanwu.Rendering.Tests;

/// <summary>The wall: no private value may appear in the public site, however it is written.</summary>
public sealed class PublicWallTests : IDisposable
{
    private readonly TempFolder _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("<p>风险主体是贾文斌。</p>")]
    [InlineData("<p>贾 文\n斌</p>")]
    [InlineData("<p>贾&#25991;斌</p>")]
    [InlineData("<a href=\"%E8%B4%BE%E6%96%87%E6%96%8C.html\">x</a>")]
    [InlineData("<p>电话０３５８－５５５２１００</p>")]
    [InlineData("<p>代码 91149900ma0h9ue5k0</p>")]
    [InlineData("<p>身份证 14990019760412059x</p>")]
    [InlineData("<img src=\"a.png\" alt=\"贾文斌\">")]
    [InlineData("<p>贾<span>文</span>斌</p>")]
    [InlineData("<p>贾<strong>文</strong>斌</p>")]
    [InlineData("<p>贾<em\n>文</em>斌</p>")]
    [InlineData("<p>宋&shy;立伟</p>")]
    [InlineData("<p>宋\u00AD立伟</p>")]
    [InlineData("<p>宋\u2060立伟</p>")]
    [InlineData("<p>宋&#8288;立伟</p>")]
    [InlineData("<p>宋\u200C立\u200D伟\u180E</p>")]
    [InlineData("<p>149900-19760412-059X</p>")]
    [InlineData("<p>149900 19760412 059X</p>")]
    [InlineData("<p>1499.0019.7604.1205.9X</p>")]
    [InlineData("<p>１４９９００－１９７６０４１２－０５９Ｘ</p>")]
    [InlineData("<p>电话 0358 555 2101</p>")]
    [InlineData("<p>电话 0358.555.2101</p>")]
    [InlineData("<p>电话 0358\u2011555\u20132101</p>")]
    public void A_private_value_is_found_however_it_is_written(string html)
    {
        Write("notices/x.html", html);

        var result = Wall().Check(_site.Path, "out/public");

        var leak = Assert.Single(result.Leaks);
        Assert.Equal(Codes.PrivateLeak, leak.Code);
        Assert.Equal("out/public/notices/x.html", leak.Span.Path);
        Assert.False(result.MayPublish);
    }

    [Fact]
    public void The_leak_names_where_the_private_value_was_written()
    {
        Write("a.css", "/* 贾文斌 */");

        var leak = Assert.Single(Wall().Check(_site.Path, "out/public").Leaks);

        Assert.Contains("data/villages/dongzhuang/clues/2024-002.yaml:2:9", leak.Message);
        Assert.Contains("风险主体名称", leak.Message);
    }

    [Fact]
    public void Short_values_images_and_allowed_values_pass()
    {
        Write("index.html", "<p>张先生说：0358 是区号。山西万象丰投资管理有限公司已被判决。</p>");
        Write("poster.png", "贾文斌");

        var wall = new PublicWall(Values(), [new PublicException("山西万象丰投资管理有限公司", "判决书已公开")]);
        var result = wall.Check(_site.Path, "out/public");

        Assert.True(result.MayPublish);
        Assert.Empty(result.UnusedExceptions);
    }

    [Theory]
    [InlineData("贾 文 斌", "<p>贾文斌</p>")]
    [InlineData("贾文斌", "<p>贾&shy;文斌</p>")]
    [InlineData("0358 555 2101", "<p>0358-5552101</p>")]
    [InlineData("０３５８－５５５２１０１", "<p>0358 555 2101</p>")]
    public void The_allow_list_compares_normalised_values(string allowed, string html)
    {
        Write("index.html", html);

        var result = new PublicWall(Values(), [new PublicException(allowed, "判决书已公开")])
            .Check(_site.Path, "out/public");

        Assert.True(result.MayPublish);
        Assert.Empty(result.UnusedExceptions);
    }

    [Theory]
    [InlineData("<p>2024-08-06、2025.01.10、第 35 期、0358-555 号</p>")]
    [InlineData("<p>149900 是行政区划代码，1976 年</p>")]
    public void Dates_and_short_numbers_beside_each_other_are_not_taken_for_a_private_value(string html)
    {
        Write("index.html", html);

        Assert.True(Wall().Check(_site.Path, "out/public").MayPublish);
    }

    [Fact]
    public void An_allow_list_entry_nothing_needed_is_reported()
    {
        Write("index.html", "<p>没有隐私内容。</p>");

        var result = new PublicWall(Values(), [new PublicException("山西万象丰投资管理有限公司", "判决书已公开")])
            .Check(_site.Path, "out/public");

        Assert.True(result.MayPublish);
        Assert.Equal(Codes.AllowListUnused, Assert.Single(result.UnusedExceptions).Code);
    }

    private static PublicWall Wall() => new(Values(), []);

    private static List<PrivateValue> Values() =>
    [
        new("贾文斌", "subject", new SourceSpan("data/villages/dongzhuang/clues/2024-002.yaml", 2, 9)),
        new("0358-5552100", "phone", new SourceSpan("data/township/work-stats/2024-12.yaml", 6, 7)),
        new("91149900MA0H9UE5K0", "id", new SourceSpan("data/township/cross-province/2024-001.yaml", 7, 12)),
        new("宋立伟", "person", new SourceSpan("data/villages/majiazhuang/cross-province/2024-001.yaml", 5, 12)),
        new("14990019760412059X", "id",
            new SourceSpan("data/villages/majiazhuang/cross-province/2024-001.yaml", 6, 13)),
        new("0358-5552101", "phone", new SourceSpan("data/villages/dongzhuang/work-stats/2024-12.yaml", 5, 7)),
        new("山西万象丰投资管理有限公司", "subject", new SourceSpan("data/township/cross-province/2024-001.yaml", 6, 12)),
        new("张", "person", new SourceSpan("data/x.yaml", 1, 1)),
        new("0358", "phone", new SourceSpan("data/x.yaml", 2, 1)),
    ];

    private void Write(string path, string text)
    {
        var full = Path.Combine(_site.Path, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
