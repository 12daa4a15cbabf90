using static Nanwu.Workbooks.Tests.Importing;

namespace Nanwu.Workbooks.Tests;

/// <summary>
/// Rows a clerk adds to the clue register become new records: in the category they stand under,
/// with the next id of their year. dongzhuang's 2025-06 register starts on row 10 (header row 9);
/// categories (3) and (4), having no clue, are a row each (12, 13); the notes follow row 16.
/// </summary>
public sealed class NewRowTests
{
    [Fact]
    public void New_rows_join_the_category_they_are_written_under_and_get_the_next_id_of_their_year()
    {
        using var repo = new TempRepo();
        // Row 12 heads category (3); row 16, below (6) 其他 and above the notes, has no category of its own.
        var workbook = Dongzhuang(e =>
        {
            NewClue(e, 12, "某某财富管理中心", "2025-07-02");
            NewClue(e, 16, "王某", "2025年7月3日", "个人");
        });

        var outcome = Run(repo, workbook, "dongzhuang", "2025-06");

        Assert.Equal(0, outcome.Errors);
        Assert.Equal(ExpectedNewClue("某某财富管理中心", "单位",
                "私募基金、证券期货、股权众筹、“伪私募”“伪金交所”“产登公司”“拍卖公司”等领域涉非风险", "2025-07-02"),
            File.ReadAllText(repo.File("data/villages/dongzhuang/clues/2025-002.yaml")));
        Assert.Equal(ExpectedNewClue("王某", "个人", "其他", "2025-07-03"),
            File.ReadAllText(repo.File("data/villages/dongzhuang/clues/2025-003.yaml")));
    }

    [Fact]
    public void A_blank_template_filled_in_by_a_clerk_is_imported()
    {
        using var repo = new TempRepo();
        var template = SampleData.Files["workbooks/templates/clue.xlsx"];

        // The template leaves two rows per category: (5) is on rows 18 and 19.
        var outcome = Run(repo, WorkbookEditor.Edit(template, e => NewClue(e, 19, "某某养老服务中心", "2025-07-02")),
            "dongzhuang", "2025-06", "风险线索.xlsx");

        Assert.Equal(0, outcome.Errors);
        Assert.Equal(["data/villages/dongzhuang/clues/2025-002.yaml"], outcome.Files.Select(f => f.Path));
        Assert.Contains("所属行业领域: 教育、养老、涉农、商贸服务等领域涉非风险\n",
            File.ReadAllText(repo.File("data/villages/dongzhuang/clues/2025-002.yaml")));
    }

    private static WorkbookEditor NewClue(WorkbookEditor e, int row, string name, string found, string kind = "单位") => e
        .Text(Form3, $"B{row}", name).Text(Form3, $"D{row}", "群众举报").Text(Form3, $"E{row}", found)
        .Text(Form3, $"F{row}", "否").Text(Form3, $"G{row}", "无").Text(Form3, $"H{row}", "待认定")
        .Text(Form3, $"I{row}", "行政").Number(Form3, $"L{row}", "12").Number(Form3, $"M{row}", "8")
        .Number(Form3, $"N{row}", "0").Number(Form3, $"O{row}", "0").Text(Form3, $"R{row}", kind);

    private static string ExpectedNewClue(string name, string kind, string domain, string found) =>
        "# yaml-language-server: $schema=../../../../schemas/clue.schema.json\n" +
        $"风险主体名称: {name}\n主体类型: {kind}\n所属行业领域: {domain}\n线索来源: 群众举报\n发现时间: {found}\n" +
        "是否具备规范条件: 否\n提交有关部门审批备案情况:\n  人民银行: 无\n  金融监管总局: 无\n  证监会: 无\n" +
        "  地方金融监管部门: 无\n  其他: 无\n是否属于非法集资: 待认定\n处置路径: 行政\n立案时间:\n结案时间:\n" +
        "涉及金额: 12\n涉及人数: 8\n未兑付金额: 0\n未兑付人数: 0\n备注: \"\"\n";
}
