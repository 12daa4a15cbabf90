using Nanwu.Rendering.Tables;
using Nanwu.TestSupport;

namespace Nanwu.Rendering.Tests;

/// <summary>附件2 工作情况统计表 as the township's table of a round.</summary>
public sealed class WorkStatsTableTests
{
    // The leaves of 附件2 in the printed order of the campaign document.
    private static readonly string[] PrintedLeaves =
    [
        "发现数量(件)",
        "举报奖励(人次)", "警示约谈(人次)", "立案(件)", "处罚(件)", "警告(次数)", "罚款(万元)", "压降人数(人)",
        "责令停业(家/次)", "吊销许可证、营业执照或注册登记证书(家)", "移送公安(件)",
        "合计(件)", "其中：跨省案件立案量(件)", "移送起诉(件)", "未兑付人数(人)", "未兑付金额(万元)", "抓捕(人次)",
        "未兑付金额(万元)", "判决数量(件)", "移送起诉(件)", "执行到位资金(万元)", "资金清退金额(万元)",
        "结案数量(件)",
        "线下宣传活动(场次)", "线上宣传点击量(次)", "宣传覆盖人数(人次)",
        "备注",
    ];

    [Fact]
    public void The_township_table_of_a_round_matches_the_approved_html()
    {
        var page = SampleData.InternalSite.Text("rounds/2024-12/index.html");

        Approved.Verify(HtmlText.FirstTable(page), "html");
    }

    [Fact]
    public void The_header_spans_as_the_printed_form_groups_its_columns()
    {
        var head = FormHeads.Of(SampleData.Data.Forms.WorkStats, "填报单位", "报送情况");

        Assert.Equal(4, head.Count);
        Assert.Equal(
            [("填报单位", 1, 4), ("报送情况", 1, 4), ("风险线索", 1, 1), ("行政处置", 10, 1), ("刑事打击", 12, 1),
                ("宣传教育", 3, 1), ("备注", 1, 4)],
            head[0].Select(c => (c.Label, c.ColSpan, c.RowSpan)));
        Assert.Contains(("新发案件", 6, 1), head[1].Select(c => (c.Label, c.ColSpan, c.RowSpan)));
        Assert.Contains(("存量案件", 5, 1), head[1].Select(c => (c.Label, c.ColSpan, c.RowSpan)));
        Assert.Contains(("结案数量(件)", 1, 3), head[1].Select(c => (c.Label, c.ColSpan, c.RowSpan)));
        Assert.Equal(("立案数量", 2, 1), head[2].Select(c => (c.Label, c.ColSpan, c.RowSpan)).First());
        Assert.Equal([("合计(件)", 1, 1), ("其中：跨省案件立案量(件)", 1, 1)],
            head[3].Select(c => (c.Label, c.ColSpan, c.RowSpan)));
    }

    [Fact]
    public void Laid_out_as_a_browser_does_the_header_fills_every_cell_once_and_ends_in_the_printed_leaves()
    {
        var form = SampleData.Data.Forms.WorkStats;

        var grid = Layout(FormHeads.Of(form));

        Assert.All(grid, row => Assert.All(row, Assert.NotNull));
        Assert.Equal(PrintedLeaves, grid[^1]);
        Assert.Equal(PrintedLeaves, form.Leaves.Select(l => l.PrintedLabel));
    }

    [Fact]
    public void The_rendered_header_carries_the_spans()
    {
        var table = HtmlText.FirstTable(SampleData.InternalSite.Text("rounds/2024-12/index.html"));

        Assert.Contains("<th scope=\"colgroup\" colspan=\"12\">刑事打击</th>", table);
        Assert.Contains("<th scope=\"colgroup\" colspan=\"10\">行政处置</th>", table);
        Assert.Contains("<th scope=\"colgroup\" colspan=\"2\">立案数量</th>", table);
        Assert.Contains("<th scope=\"col\" rowspan=\"4\">备注</th>", table);
    }

    [Fact]
    public void A_missing_report_shows_its_status_and_empty_cells_and_the_total_adds_villages_and_township()
    {
        var round = SampleData.Summary.Rounds.Single(r => r.Round.Id == "2025-06");
        var table = WorkStatsTable.ForRound(SampleData.Data.Forms.WorkStats, round, _ => "");

        var missing = table.Rows.Single(r => r.Label == "新田村");
        Assert.Equal("未报送", missing.Status!.Text);
        Assert.All(missing.Cells, c => Assert.Equal("", c.Text));

        var total = table.Rows[^1];
        Assert.Equal(("合计", RowKind.Total), (total.Label, total.Kind));
        var found = round.Rows.Where(r => r.Report is not null).Sum(r => r.Report!["风险线索.发现数量"]);
        Assert.Equal(found.ToString(System.Globalization.CultureInfo.InvariantCulture), total.Cells[0].Text);
    }

    /// <summary>Places header cells in a grid the way HTML tables do; throws where two cells overlap.</summary>
    private static string?[][] Layout(IReadOnlyList<IReadOnlyList<HeadCell>> head)
    {
        var width = head[0].Sum(c => c.ColSpan);
        var grid = head.Select(_ => new string?[width]).ToArray();
        for (var row = 0; row < head.Count; row++)
        {
            var column = 0;
            foreach (var cell in head[row])
            {
                while (grid[row][column] is not null)
                {
                    column++;
                }

                for (var r = row; r < row + cell.RowSpan; r++)
                {
                    for (var c = column; c < column + cell.ColSpan; c++)
                    {
                        Assert.Null(grid[r][c]);
                        grid[r][c] = cell.Label;
                    }
                }

                column += cell.ColSpan;
            }
        }

        return grid;
    }
}
