using static Nanwu.Workbooks.Tests.Importing;

namespace Nanwu.Workbooks.Tests;

/// <summary>What cannot be read is refused with the cell named, and then nothing at all is written.</summary>
public sealed class RefusalTests
{
    [Fact]
    public void A_workbook_with_three_planted_errors_is_rejected_naming_three_cells_and_no_file_changes()
    {
        using var repo = new TempRepo();
        var before = TempRepo.Snapshot(repo.File("data"));
        var workbook = Dongzhuang(e => e
            .Text(Form2, "G13", "五千")
            .Text(Form3, "E10", "2024年13月1日")
            .Text(Form3, "I11", "已处置"));

        var outcome = Run(repo, workbook, "dongzhuang", "2025-06");

        Assert.Equal(
            [
                "dongzhuang-2025-06.xlsx!工作情况统计表!G13: 错误 X005: 行政处置.罚款: “五千”不是数字；请只填阿拉伯数字，如 12 或 0.5",
                "dongzhuang-2025-06.xlsx!风险线索排查处置情况统计表!E10: 错误 X006: 发现时间: “2024年13月1日”不是日期；" +
                "请填 2025年6月13日 或 2025-06-13 这样的日期",
                "dongzhuang-2025-06.xlsx!风险线索排查处置情况统计表!I11: 错误 X007: 处置路径: “已处置”不是可选的值；" +
                "请从以下选一个：行政、刑事、先行政后刑事",
            ],
            Lines(outcome));
        Assert.False(outcome.Written);
        Assert.Equal(before, TempRepo.Snapshot(repo.File("data")));
    }

    [Fact]
    public void A_broken_domain_rule_is_reported_on_the_cell_it_came_from_and_nothing_is_written()
    {
        using var repo = new TempRepo();
        var before = TempRepo.Snapshot(repo.File("data"));

        // Row 11 is clue 2024-002: 涉及人数 17 (M11); 未兑付人数 (O11) may not exceed it.
        var outcome = Run(repo, Dongzhuang(e => e.Number(Form3, "O11", "18")), "dongzhuang", "2025-06");

        var line = Assert.Single(Lines(outcome), l => l.Contains("错误"));
        Assert.StartsWith("dongzhuang-2025-06.xlsx!风险线索排查处置情况统计表!O11: 错误 R002: 未兑付人数: 未兑付人数 18 人 大于涉及人数 17 人", line);
        Assert.Equal(before, TempRepo.Snapshot(repo.File("data")));
    }

    [Fact]
    public void An_id_number_stored_as_a_number_has_lost_digits_and_is_refused()
    {
        using var repo = new TempRepo();

        var workbook = Dongzhuang(e => e.Number(Form4, "F10", "1.4990019850612E+17"));

        var outcome = Run(repo, workbook, "dongzhuang", "2025-06");

        Assert.Equal(
            ["dongzhuang-2025-06.xlsx!跨省案件（风险）登记统计表!F10: 错误 X010: 统一信用编码或身份证: 号码被存成了数字（1.4990019850612E+17），" +
             "后面几位已经丢失；请把这一格设为“文本”格式后重新输入完整号码"],
            Lines(outcome));
    }

    [Fact]
    public void A_row_copied_with_its_record_id_is_refused()
    {
        using var repo = new TempRepo();

        // Q is 记录编号; row 10 holds 2024-003, row 14 holds 2024-001.
        var outcome = Run(repo, Dongzhuang(e => e.Text(Form3, "Q14", "2024-003")), "dongzhuang", "2025-06");

        Assert.Equal(["dongzhuang-2025-06.xlsx!风险线索排查处置情况统计表!Q14: 错误 X012: 记录编号: 记录编号“2024-003”在 " +
                      "dongzhuang-2025-06.xlsx!风险线索排查处置情况统计表!Q10 已经用过；一条记录只占一行，复制来的行请把编号清空"],
            Lines(outcome));
    }

    [Fact]
    public void Another_villages_workbook_is_refused()
    {
        using var repo = new TempRepo();

        var outcome = Run(repo, SampleData.Workbook("dongzhuang", "2025-06"), "beixin", "2025-06",
            "dongzhuang-2025-06.xlsx");

        Assert.Equal(["dongzhuang-2025-06.xlsx:1:1: 错误 X003: 这是dongzhuang的表，不能导入到beixin；" +
                      "请换用本村的表，或把 --village 改为 dongzhuang"], Lines(outcome));
    }

    [Fact]
    public void The_township_summary_is_refused()
    {
        using var repo = new TempRepo();

        var outcome = Run(repo, SampleData.Files["workbooks/2025-06/2025-06-summary.xlsx"], "dongzhuang", "2025-06",
            "2025-06-summary.xlsx");

        Assert.Equal(["2025-06-summary.xlsx:1:1: 错误 X003: 这是全乡汇总表，不能导入到某个村；请用各村自己的表（文件名以村的目录名开头）"],
            Lines(outcome));
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_one_error()
    {
        using var repo = new TempRepo();

        var outcome = Run(repo, "填报单位,东庄村\n"u8.ToArray(), "dongzhuang", "2025-06", "东庄村.xlsx");

        var line = Assert.Single(Lines(outcome));
        Assert.StartsWith("东庄村.xlsx:1:1: 错误 X001: 工作簿无法打开（", line);
    }

    [Fact]
    public void A_workbook_without_the_form_sheets_is_refused_with_the_names_it_needs()
    {
        using var repo = new TempRepo();
        var template = SampleData.Files["workbooks/templates/clue.xlsx"];
        var renamed = WorkbookEditor.Edit(template, e => e.RenameSheet(Form3, "Sheet1"));

        var outcome = Run(repo, renamed, "dongzhuang", "2025-06", "线索.xlsx");

        Assert.Equal(["线索.xlsx:1:1: 错误 X002: 工作簿里没有可导入的工作表（现有：Sheet1）；工作表应名为“工作情况统计表”、" +
                      "“风险线索排查处置情况统计表”、“跨省案件（风险）登记统计表”，请用系统导出的表格填写，不要改工作表的名字"],
            Lines(outcome));
    }

    [Fact]
    public void A_sheet_with_values_thousands_of_rows_down_is_not_read()
    {
        using var repo = new TempRepo();

        var outcome = Run(repo, Dongzhuang(e => e.Text(Form3, "B6000", "某某")), "dongzhuang", "2025-06");

        Assert.Equal(["dongzhuang-2025-06.xlsx!风险线索排查处置情况统计表!B6000: 错误 X013: 工作表有 6000 行，超过上限 5000 行，未读取；" +
                      "请检查是否选错了文件"], Lines(outcome));
    }
}
