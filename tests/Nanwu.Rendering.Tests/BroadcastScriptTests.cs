using System.Text.RegularExpressions;
using Nanwu.Records.Model;
using Nanwu.Rendering.Public.Broadcast;

namespace Nanwu.Rendering.Tests;

/// <summary>Loudspeaker scripts: plain words only, lists spoken in order, with their reading time.</summary>
public sealed partial class BroadcastScriptTests
{
    [Fact]
    public void A_script_has_no_markup_no_address_and_no_digit_and_speaks_its_list_in_order()
    {
        var notice = SampleData.Data.Notices.Single(n => n.Slug == "zhengui-licai") with
        {
            Markdown = """
                ## 三个“不要”

                1. **不要**把钱交给[没有牌照](https://www.example.org/x)的公司；
                2. 不要只看 *宣传单*；

                详见 <https://www.example.org/y>。![海报](a.png)

                - 交 10 万元
                """,
        };

        var script = BroadcastScript.For(notice);

        Assert.Equal(
        [
            "各位乡亲，现在播送一则防范非法集资的提醒。",
            "理财找正规机构，别信“财富管理”“私募”高息承诺。",
            "三个“不要”。",
            "第一，不要把钱交给没有牌照的公司。",
            "第二，不要只看宣传单。",
            "详见。",
            "交十万元。",
            "以上内容由南武乡人民政府于二〇二五年七月十五日发布。请大家相互转告，提醒家里的老人。",
        ], script.Paragraphs);
    }

    [Fact]
    public void Every_sample_script_is_plain_spoken_chinese()
    {
        var items = SampleData.Data.Notices.Where(n => n.Kind is RecordKind.Notice or RecordKind.TypicalCase);
        foreach (var notice in items)
        {
            var text = BroadcastScript.For(notice).Text;

            Assert.DoesNotMatch(Markup(), text);
            Assert.DoesNotContain("http", text, StringComparison.OrdinalIgnoreCase);
            Assert.StartsWith("各位乡亲", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(200, 60, "约 1 分钟")]
    [InlineData(201, 70, "约 1 分 10 秒")]
    [InlineData(100, 30, "约 30 秒")]
    [InlineData(500, 150, "约 2 分 30 秒")]
    public void Reading_time_assumes_200_characters_a_minute_rounded_up_to_ten_seconds(
        int characters, int seconds, string described)
    {
        // Punctuation and spaces are not read aloud and do not count.
        var text = new string('字', characters) + "，。 “”";

        Assert.Equal(seconds, ReadingTime.Seconds(text));
        Assert.Equal(described, ReadingTime.Describe(seconds));
    }

    // Digits, Markdown and HTML characters: none belongs in a text read aloud.
    [GeneratedRegex(@"[0-9#*_`<>\[\]()|]")]
    private static partial Regex Markup();
}
