using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;
using Nanwu.Rendering.Wall;

namespace Nanwu.Rendering.Tests;

/// <summary>
/// R021 points at the source: the line and column of the notice's .md that wrote the private
/// value, and the record the value belongs to; the public file only when no .md holds it.
/// </summary>
public sealed class LeakSourceTests : IDisposable
{
    private const string Notice = "data/notices/zhengui-licai.md";
    private const string Jia = "data/villages/dongzhuang/clues/2024-002.yaml:2:9";

    private readonly TempFolder _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_name_in_the_body_is_reported_once_at_its_line_and_column_naming_the_public_files()
    {
        var data = SampleData.WithNoticeBody("zhengui-licai", "第一段。\n\n近日，贾**文**斌以理财为名借钱。");

        var leak = Assert.Single(Check(data));

        var bodyLine = Body(data).BodyLine;
        Assert.Equal(new SourceSpan(Notice, bodyLine + 2, 4), leak.Span);
        Assert.Equal(Codes.PrivateLeak, leak.Code);
        Assert.Contains(Jia, leak.Message);
        Assert.Contains("风险主体名称", leak.Message);
        Assert.Contains("out/public/notices/zhengui-licai.a3.html、out/public/notices/zhengui-licai.a4.html、"
            + "out/public/notices/zhengui-licai.guangbo.html 等 5 个文件中", leak.Message);
        Assert.Contains("data/public-allow.yaml", leak.Message);
    }

    [Theory]
    [InlineData("近日，宋&shy;立伟来村里。", 4)]
    [InlineData("近日，宋\u2060立伟来村里。", 4)]
    [InlineData("请勿拨打 0358 555 2101。", 6)]
    [InlineData("身份证 149900-19760412-059X 的人", 5)]
    public void A_disguised_value_is_found_in_the_md_too(string body, int column)
    {
        var data = SampleData.WithNoticeBody("zhengui-licai", "第一段。\n" + body);

        var leaks = Check(data);

        Assert.NotEmpty(leaks);
        Assert.All(leaks, leak => Assert.Equal(new SourceSpan(Notice, Body(data).BodyLine + 1, column), leak.Span));
    }

    [Fact]
    public void A_name_in_the_title_is_reported_at_the_title_also_for_the_lists_that_repeat_it()
    {
        var data = SampleData.Data with
        {
            Notices = SampleData.Data.Notices
                .Select(n => n.Slug == "zhengui-licai" ? n with { Title = "警惕贾文斌借钱" } : n).ToList(),
        };

        var leak = Assert.Single(Check(data));

        // 标题: 理财找正规机构… is line 3 of the file; the value starts at column 5, 贾 two further.
        Assert.Equal(new SourceSpan(Notice, 3, 7), leak.Span);
        Assert.Contains("out/public/domains/", leak.Message);
        Assert.Matches(" 等 [0-9]+ 个文件中；", leak.Message);
        Assert.Contains(Jia, leak.Message);
    }

    [Fact]
    public void A_value_no_md_holds_is_reported_at_the_public_file()
    {
        File.WriteAllText(Path.Combine(_site.Path, "a.css"), "/* 贾文斌 */");

        var data = SampleData.Data;
        var leak = Assert.Single(new PublicWall(data.PrivateValues, [], data.Notices).Check(_site.Path, "out/public")
            .Leaks);

        Assert.Equal(SourceSpan.FileStart("out/public/a.css"), leak.Span);
        Assert.Contains(Jia, leak.Message);
    }

    private static Notice Body(DataSet data) => data.Notices.Single(n => n.Slug == "zhengui-licai");

    private IReadOnlyList<Diagnostic> Check(DataSet data)
    {
        var files = SiteBuilder.RenderPublic(data, SampleData.Options(_site.Path), new DiagnosticBag()).Files;
        foreach (var (path, bytes) in files.All)
        {
            var full = Path.Combine(_site.Path, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }

        return new PublicWall(data.PrivateValues, data.PublicExceptions, data.Notices)
            .Check(_site.Path, "out/public").Leaks;
    }
}
