using Nanwu.Rendering.Public.Broadcast;

namespace Nanwu.Rendering.Tests;

/// <summary>Numbers in a loudspeaker script, as a Chinese announcer reads them (worked out by hand).</summary>
public sealed class SpokenTextTests
{
    [Theory]
    [InlineData("交 10 万元会员费", "交十万元会员费")]
    [InlineData("交 5 万元预订床位", "交五万元预订床位")]
    [InlineData("借 2 万元", "借两万元")]
    [InlineData("投 2.5 万元", "投二点五万元")]
    [InlineData("收了 22 万元", "收了二十二万元")]
    [InlineData("1,200 元", "一千二百元")]
    [InlineData("共 100500 元", "共十万零五百元")]
    [InlineData("2000 人", "两千人")]
    [InlineData("1005 件", "一千零五件")]
    [InlineData("10010 次", "一万零一十次")]
    [InlineData("100000005 元", "一亿零五元")]
    [InlineData("110 户", "一百一十户")]
    [InlineData("15 天", "十五天")]
    [InlineData("20 年", "二十年")]
    public void Amounts_and_counts_read_as_quantities(string text, string spoken) =>
        Assert.Equal(spoken, SpokenText.Of(text));

    [Theory]
    [InlineData("电话 0358-5550100。", "电话零三五八，五五五零幺零零。")]
    [InlineData("拨打 13912345678", "拨打幺三九，幺二三四，五六七八")]
    [InlineData("拨打 110 报警", "拨打幺幺零报警")]
    [InlineData("热线：12345", "热线：幺二三四五")]
    public void Phone_numbers_read_digit_by_digit_with_yao_for_one(string text, string spoken) =>
        Assert.Equal(spoken, SpokenText.Of(text));

    [Theory]
    [InlineData("2025年3月1日", "二〇二五年三月一日")]
    [InlineData("2024 年 12 月 15 日", "二〇二四年十二月十五日")]
    [InlineData("2025-07-15", "二〇二五年七月十五日")]
    [InlineData("南政发〔2024〕14号", "南政发〔二〇二四〕十四号")]
    [InlineData("2024—2025年", "二〇二四到二〇二五年")]
    [InlineData("上午 8:30—12:00", "上午八点三十分到十二点")]
    [InlineData("下午 14:30—17:30", "下午十四点三十分到十七点三十分")]
    public void Dates_and_times_read_as_said(string text, string spoken) =>
        Assert.Equal(spoken, SpokenText.Of(text));

    [Theory]
    [InlineData("年化收益 12%", "年化收益百分之十二")]
    [InlineData("许诺年收益 20%、30%", "许诺年收益百分之二十、百分之三十")]
    [InlineData("利率 0.5%", "利率百分之零点五")]
    [InlineData("返 10％", "返百分之十")]
    [InlineData("20%-30% 的回报", "百分之二十到百分之三十的回报")]
    [InlineData("3-5 年回本", "三到五年回本")]
    public void Percentages_and_ranges_read_in_words(string text, string spoken) =>
        Assert.Equal(spoken, SpokenText.Of(text));

    [Fact]
    public void Text_without_numbers_is_left_alone_apart_from_spaces_beside_chinese()
    {
        Assert.Equal("不听、不信、不签字、不转账。", SpokenText.Of("不听、不信、不签字、不转账。"));
        Assert.Equal("下载App就能赚钱", SpokenText.Of("下载 App 就能赚钱"));
    }
}
