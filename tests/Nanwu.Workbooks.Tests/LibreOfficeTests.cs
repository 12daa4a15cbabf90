using System.Globalization;
using Nanwu.Records.Forms;
using Nanwu.Records.Model;
using static Nanwu.Workbooks.Tests.Importing;

namespace Nanwu.Workbooks.Tests;

/// <summary>
/// Every workbook read back by an independent program: its cells show the records' values in
/// the forms' formats, and its merged cells are the printed forms'. 附件2's figures are on row 13
/// (header rows 9–12); the header block's values are in column C of rows 4–7.
/// </summary>
public sealed class LibreOfficeTests(LibreOfficeExport office) : IClassFixture<LibreOfficeExport>
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    [Fact]
    public void Every_sheet_of_every_workbook_is_read_back()
    {
        Assert.Equal(SampleData.Files.Count(f => f.Key.EndsWith(".xlsx", StringComparison.Ordinal)) + 1,
            office.Workbooks.Count);
        Assert.All(office.Workbooks, workbook =>
        {
            Assert.NotEmpty(office.HtmlSheets(workbook));
            Assert.All(office.HtmlSheets(workbook), sheet =>
                Assert.NotNull(office.Csv(workbook, sheet)));
        });
    }

    [Fact]
    public void Dongzhuangs_figures_for_2025_06_are_shown_as_on_the_form()
    {
        var rows = office.Csv("dongzhuang-2025-06", Form2)!;

        // From data/villages/dongzhuang/work-stats/2025-06.yaml, in the order of the printed columns.
        Assert.Equal(
            ["3", "1", "6", "0", "0", "0", "0.00", "3", "0", "0", "1", "3", "1", "2", "44", "98.55", "4", "0.00", "0",
             "0", "0.00", "0.00", "1", "10", "2,707", "1,003", ""],
            rows[12]);
        Assert.Equal(["填报单位：", "", "东庄村"], rows[3].Take(3));
        Assert.Equal(["填报时间：", "", "2025年6月13日"], rows[4].Take(3));
        Assert.Equal(["联系方式：", "", "0358-5552101"], rows[6].Take(3));
    }

    [Fact]
    public void Every_owners_figures_are_shown_as_recorded()
    {
        var leaves = SampleData.Data.Forms.WorkStats.Leaves;
        Assert.All(SampleData.Data.WorkStats, report =>
        {
            var rows = office.Csv($"{report.Owner.Id}-{report.Period}", Form2)!;
            var expected = leaves.Select(leaf => leaf.Value switch
            {
                ValueKind.Count => report[leaf.Key!].ToString("#,##0", Invariant),
                ValueKind.Money => report[leaf.Key!].ToString("#,##0.00##", Invariant),
                _ => report.Remark,
            });
            Assert.Equal(expected, rows[12]);
            Assert.Equal(Chinese(report.Header.ReportedOn), rows[4][2]);
            Assert.Equal(report.Header.Reporter, rows[5][2]);
        });
    }

    [Fact]
    public void Every_clue_and_case_is_shown_in_full_with_its_id_beside_the_form()
    {
        foreach (var round in SampleData.Data.Campaign!.Rounds)
        {
            foreach (var owner in SampleData.Data.Owners)
            {
                var clues = office.Csv($"{owner.Id}-{round.Id}", Form3)!;
                var mine = SampleData.Data.Clues.Where(c => c.Owner.Id == owner.Id && c.FoundOn <= round.Cutoff)
                    .ToList();
                Assert.Equal(mine.Count, clues.Skip(9).Count(r => r.Count > 16 && r[16].Length > 0));
                Assert.All(mine, clue =>
                {
                    var row = clues.Single(r => r.Count > 16 && r[16] == clue.Id);
                    Assert.Equal(clue.SubjectName, row[1]);
                    Assert.Equal(Chinese(clue.FoundOn), row[4]);
                    Assert.Equal(clue.Amount.ToString("#,##0.00##", Invariant), row[11]);
                    Assert.Equal(clue.SubjectIsPerson ? "个人" : "单位", row[17]);
                });

                var cases = office.Csv($"{owner.Id}-{round.Id}", Form4)!;
                var found = SampleData.Data.CrossProvince
                    .Where(c => c.Owner.Id == owner.Id && c.FoundOrFiledOn <= round.Cutoff);
                Assert.All(found, c => Assert.Equal(c.Code, cases.Single(r => r.Count > 15 && r[15] == c.Id)[5]));
            }
        }
    }

    [Fact]
    public void An_id_number_keeps_all_its_18_characters_as_text()
    {
        var rows = office.Csv(LibreOfficeExport.IdNumbers, Form4)!;
        var cells = office.Html(LibreOfficeExport.IdNumbers, Form4);

        Assert.Contains(rows, r => r[5] == LibreOfficeExport.LetterId);
        Assert.Contains(rows, r => r[5] == LibreOfficeExport.DigitsId);
        var stored = cells.Where(c => c.Text is LibreOfficeExport.LetterId or LibreOfficeExport.DigitsId).ToList();
        Assert.Equal(2, stored.Count);
        Assert.All(stored, c => Assert.Null(c.Value));
    }

    [Fact]
    public void Dates_are_dates_and_amounts_are_numbers()
    {
        var cells = office.Html("dongzhuang-2025-06", Form2);

        var reported = cells.Single(c => c.Row == 5 && c.Column == 3);
        var serial = new DateOnly(2025, 6, 13).DayNumber - new DateOnly(1899, 12, 30).DayNumber;
        Assert.Equal(serial.ToString(Invariant), reported.Value);
        Assert.Contains("年", reported.Format);
        Assert.Equal("98.55", cells.Single(c => c.Row == 13 && c.Column == 16).Value);
    }

    [Fact]
    public void The_merged_header_of_the_work_statistics_is_that_of_the_printed_form()
    {
        var header = office.Html("dongzhuang-2025-06", Form2).Where(c => c.Row is >= 9 and <= 12)
            .Select(c => (c.Row, c.Text, c.RowSpan, c.ColumnSpan));

        // The printed 附件2, with the project's 新发案件/存量案件 grouping row (schemas/forms/work-stats.form.yaml).
        (int, string, int, int)[] expected =
        [
            (9, "风险线索", 1, 1), (9, "行政处置", 1, 10), (9, "刑事打击", 1, 12), (9, "宣传教育", 1, 3), (9, "备注", 4, 1),
            (10, "发现数量(件)", 3, 1), (10, "举报奖励(人次)", 3, 1), (10, "警示约谈(人次)", 3, 1), (10, "立案(件)", 3, 1),
            (10, "处罚(件)", 3, 1), (10, "警告(次数)", 3, 1), (10, "罚款(万元)", 3, 1), (10, "压降人数(人)", 3, 1),
            (10, "责令停业(家/次)", 3, 1), (10, "吊销许可证、营业执照或注册登记证书(家)", 3, 1), (10, "移送公安(件)", 3, 1),
            (10, "新发案件", 1, 6), (10, "存量案件", 1, 5), (10, "结案数量(件)", 3, 1), (10, "线下宣传活动(场次)", 3, 1),
            (10, "线上宣传点击量(次)", 3, 1), (10, "宣传覆盖人数(人次)", 3, 1),
            (11, "立案数量", 1, 2), (11, "移送起诉(件)", 2, 1), (11, "未兑付人数(人)", 2, 1), (11, "未兑付金额(万元)", 2, 1),
            (11, "抓捕(人次)", 2, 1), (11, "未兑付金额(万元)", 2, 1), (11, "判决数量(件)", 2, 1), (11, "移送起诉(件)", 2, 1),
            (11, "执行到位资金(万元)", 2, 1), (11, "资金清退金额(万元)", 2, 1),
            (12, "合计(件)", 1, 1), (12, "其中：跨省案件立案量(件)", 1, 1),
        ];
        Assert.Equal(expected, header);
    }

    [Fact]
    public void The_clue_register_writes_each_category_once_merged_down_its_rows()
    {
        var cutoff = new DateOnly(2025, 5, 31);
        var education = SampleData.Data.Clues
            .Count(c => c.FoundOn <= cutoff && c.Domain.StartsWith("教育", StringComparison.Ordinal));
        var cells = office.Html("2025-06-summary", Form3);

        var group = cells.Single(c => c.Text.StartsWith("(5) 教育、养老、涉农、商贸服务等领域涉非风险", StringComparison.Ordinal));

        Assert.True(education >= 2, "the sample has several clues in category (5)");
        Assert.Equal(education, group.RowSpan);
        Assert.Equal(3, group.Column);
        Assert.Equal(6, cells.Count(c => c.Column == 3 && c.Text.StartsWith('(')));
    }

    private static string Chinese(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
