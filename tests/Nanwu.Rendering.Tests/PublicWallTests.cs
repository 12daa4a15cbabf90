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
