using Nanwu.Workbooks.Import;
using static Nanwu.Workbooks.Tests.Importing;

namespace Nanwu.Workbooks.Tests;

/// <summary>
/// What clerks type is read or explained. Cell addresses are worked out from the form: 附件2's
/// header takes rows 9–12, so its figures are on row 13 (罚款 is the 7th leaf: G); 附件3's header
/// is row 9 and dongzhuang's clues start on row 10, one group row per empty category.
/// </summary>
public sealed class ClerkInputTests
{
    private const string WorkStats = "data/villages/dongzhuang/work-stats/2025-06.yaml";

    [Fact]
    public void Numbers_typed_as_text_full_width_digits_units_and_chinese_dates_are_read()
    {
        using var repo = new TempRepo();
        var original = File.ReadAllText(repo.File(WorkStats));
        // C: 警示约谈 (6 before), P: 新发案件.未兑付金额 (98.55), Y: 线上宣传点击量 (2707), Z: 宣传覆盖人数 (1003).
        var workbook = Dongzhuang(e => e
            .Text(Form2, "C13", "６")
            .Text(Form2, "P13", "100万元")
            .Text(Form2, "Y13", "２，８００")
            .Text(Form2, "Z13", "1003人次")
            .Text(Form2, "C5", "2025年6月13日"));

        var outcome = Run(repo, workbook, "dongzhuang", "2025-06");

        Assert.DoesNotContain(outcome.Diagnostics, d => d.Span.Path.Contains("!工作情况统计表"));
        Assert.True(outcome.Written);
        var expected = original.Replace("    未兑付金额: 98.55\n", "    未兑付金额: 100\n")
            .Replace("  线上宣传点击量: 2707\n", "  线上宣传点击量: 2800\n");
        Assert.Equal(expected, File.ReadAllText(repo.File(WorkStats)));
    }

    [Fact]
    public void Other_ways_of_writing_the_same_clue_change_nothing()
    {
        using var repo = new TempRepo();
        var before = TempRepo.Snapshot(repo.File("data"));

        // Row 10 is clue 2024-003: category (1), found 2024-10-22, 是否具备规范条件 否.
        var workbook = Dongzhuang(e => e
            .Text(Form3, "C10", "（1）")
            .Text(Form3, "E10", "20241022")
            .Text(Form3, "F10", "×")
            .Text(Form3, "G10", "中国人民银行：已提交；地方金融监管部门：拟提交"));

        var outcome = Run(repo, workbook, "dongzhuang", "2025-06");

        Assert.Equal(0, outcome.Errors);
        Assert.All(outcome.Files, f => Assert.Equal(FileChange.Unchanged, f.Change));
        Assert.Equal(before, TempRepo.Snapshot(repo.File("data")));
    }

    [Fact]
    public void Last_rounds_workbook_may_be_reused_with_a_reminder()
    {
        using var repo = new TempRepo();

        var outcome = Run(repo, SampleData.Workbook("dongzhuang", "2024-12"), "dongzhuang", "2025-06");

        Assert.Contains("dongzhuang-2025-06.xlsx:1:1: 警告 X014: 这份表是按 2024-12 轮次导出的，现按 2025-06 导入；" +
            "如果不是有意沿用上一轮的表，请检查 --round", Lines(outcome));
    }

    [Fact]
    public void An_amount_written_in_yuan_is_converted_with_a_warning()
    {
        using var repo = new TempRepo();

        var outcome = Run(repo, Dongzhuang(e => e.Text(Form2, "P13", "1000000元")), "dongzhuang", "2025-06");

        Assert.Contains("dongzhuang-2025-06.xlsx!工作情况统计表!P13: 警告 X016: 刑事打击.新发案件.未兑付金额: “1000000元”已按" +
            "本栏的单位换算为 100万元；请核对，以后直接按万元填数字", Lines(outcome));
        Assert.Contains("    未兑付金额: 100\n", File.ReadAllText(repo.File(WorkStats)));
    }

    [Fact]
    public void Blank_figures_read_as_zero_with_a_warning_naming_each_cell()
    {
        using var repo = new TempRepo();
        var before = TempRepo.Snapshot(repo.File("data"));

        var outcome = Run(repo, Dongzhuang(e => e.Clear(Form2, "D13").Clear(Form2, "E13")), "dongzhuang", "2025-06");

        Assert.Equal(
            [
                "dongzhuang-2025-06.xlsx!工作情况统计表!D13: 警告 X009: 行政处置.立案: 这一格是空的，按“0”读入；没有的事项请直接填“0”",
                "dongzhuang-2025-06.xlsx!工作情况统计表!E13: 警告 X009: 行政处置.处罚: 这一格是空的，按“0”读入；没有的事项请直接填“0”",
            ],
            Lines(outcome).Where(l => l.Contains("X009")));
        Assert.Equal(before, TempRepo.Snapshot(repo.File("data")));
    }

    [Fact]
    public void A_cell_merged_down_several_rows_gives_its_value_to_each_of_them()
    {
        using var repo = new TempRepo();
        var clue = repo.File("data/villages/dongzhuang/clues/2024-002.yaml");
        var original = File.ReadAllText(clue);

        var outcome = Run(repo, Dongzhuang(e => e.Merge(Form3, "D10:D11")), "dongzhuang", "2025-06");

        Assert.Equal(0, outcome.Errors);
        Assert.Equal(original.Replace("线索来源: 自主摸排发现", "线索来源: 联席会议交办"), File.ReadAllText(clue));
    }

    [Fact]
    public void A_cell_merged_across_columns_is_refused()
    {
        using var repo = new TempRepo();

        var outcome = Run(repo, Dongzhuang(e => e.Merge(Form3, "L10:M10")), "dongzhuang", "2025-06");

        Assert.Equal(["dongzhuang-2025-06.xlsx!风险线索排查处置情况统计表!L10: 错误 X011: L10:M10 把几栏合并成了一格；请取消合并，每栏各填各的值"],
            Lines(outcome));
        Assert.False(outcome.Written);
    }
}
