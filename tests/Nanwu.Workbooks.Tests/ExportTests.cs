using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Nanwu.TestSupport;
using Nanwu.Workbooks.Xlsx;

namespace Nanwu.Workbooks.Tests;

/// <summary>The workbooks as files: stable bytes, valid SpreadsheetML, the forms' sheets and print set-up.</summary>
public sealed class ExportTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Fact]
    public void Two_exports_of_the_same_data_give_identical_bytes()
    {
        var again = SampleData.Export(SampleData.Load(Repo.Root));

        Assert.Equal(SampleData.Files.Keys.Order(StringComparer.Ordinal), again.Keys.Order(StringComparer.Ordinal));
        Assert.All(SampleData.Files, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(again[pair.Key]), pair.Key));
    }

    [Fact]
    public void There_is_a_workbook_for_the_township_and_for_each_owner_in_each_round_and_a_template_per_form()
    {
        var rounds = SampleData.Data.Campaign!.Rounds.Count;
        var owners = SampleData.Data.Villages.Count + 1;

        var workbooks = SampleData.Files.Keys.Where(k => k.EndsWith(".xlsx", StringComparison.Ordinal)).ToList();

        Assert.Equal(rounds * (owners + 1) + 3, workbooks.Count);
        Assert.Contains("workbooks/2025-06/dongzhuang-2025-06.xlsx", workbooks);
        Assert.Contains("workbooks/2025-06/township-2025-06.xlsx", workbooks);
        Assert.Contains("workbooks/2025-06/2025-06-summary.xlsx", workbooks);
        Assert.Contains("workbooks/templates/cross-province.xlsx", workbooks);
    }

    [Fact]
    public void Every_workbook_is_valid_spreadsheetml()
    {
        var validator = new OpenXmlValidator(FileFormatVersions.Office2016);
        Assert.All(SampleData.Files.Where(f => f.Key.EndsWith(".xlsx", StringComparison.Ordinal)), pair =>
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(pair.Value), false);
            var errors = validator.Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, pair.Key + "\n" + string.Join("\n", errors));
        });
    }

    [Fact]
    public void Entries_are_dated_the_as_of_day_with_the_content_types_first()
    {
        using var zip = new ZipArchive(new MemoryStream(SampleData.Workbook("dongzhuang", "2025-06")));

        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2025, 7, 20), e.LastWriteTime.DateTime));
        Assert.Equal(zip.Entries.Skip(1).Select(e => e.FullName).Order(StringComparer.Ordinal),
            zip.Entries.Skip(1).Select(e => e.FullName));
    }

    [Fact]
    public void A_village_workbook_has_the_three_forms_on_sheets_named_after_them_and_says_whose_it_is()
    {
        var workbook = SampleData.Workbook("dongzhuang", "2025-06");
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);

        Assert.Equal(["工作情况统计表", "风险线索排查处置情况统计表", "跨省案件（风险）登记统计表"],
            SheetNames(document));
        Assert.Equal("nanwu:village:dongzhuang:2025-06", document.PackageProperties.Keywords);
        Assert.Equal(new DateTime(2025, 7, 20), document.PackageProperties.Created!.Value.ToUniversalTime().Date);
    }

    [Fact]
    public void The_township_workbook_adds_each_owners_row_on_a_fourth_sheet()
    {
        using var document = SpreadsheetDocument.Open(
            new MemoryStream(SampleData.Files["workbooks/2025-06/2025-06-summary.xlsx"]), false);

        Assert.Equal("各村明细", SheetNames(document).Last());
        Assert.Equal("nanwu:summary:2025-06", document.PackageProperties.Keywords);
    }

    [Fact]
    public void Pages_are_a4_landscape_one_page_wide_with_the_column_header_on_every_page()
    {
        var (workbook, sheets) = Xml(SampleData.Workbook("dongzhuang", "2025-06"));
        var names = workbook.Descendants(Main + "definedName").ToDictionary(
            n => (n.Attribute("name")!.Value, (int)n.Attribute("localSheetId")!), n => n.Value);

        // 附件2's column tree is four levels deep under the header that starts on row 9; 附件3's and 附件4's one.
        Assert.Equal("'工作情况统计表'!$9:$12", names[("_xlnm.Print_Titles", 0)]);
        Assert.Equal("'风险线索排查处置情况统计表'!$9:$9", names[("_xlnm.Print_Titles", 1)]);
        // 附件3 has 16 columns (A–P); 记录编号 and 主体类型 beside it are not printed.
        Assert.StartsWith("'风险线索排查处置情况统计表'!$A$1:$P$", names[("_xlnm.Print_Area", 1)]);
        Assert.All(sheets, sheet =>
        {
            var setup = sheet.Descendants(Main + "pageSetup").Single();
            Assert.Equal("9", setup.Attribute("paperSize")!.Value);
            Assert.Equal("landscape", setup.Attribute("orientation")!.Value);
            Assert.Equal("1", setup.Attribute("fitToWidth")!.Value);
            Assert.Equal("0", setup.Attribute("fitToHeight")!.Value);
        });
    }

    [Fact]
    public void Column_widths_fit_the_text_a_chinese_character_counting_two()
    {
        Assert.Equal(10, TextWidth.Of("罚款(万元)"));
        Assert.Equal(18, TextWidth.Of("91149900MA0KC7R2NG"));
        Assert.Equal(10, TextWidth.Of("“伪私募”"));
        var (_, sheets) = Xml(SampleData.Workbook("dongzhuang", "2025-06"));
        var widths = sheets[2].Descendants(Main + "col")
            .ToDictionary(c => (int)c.Attribute("min")!, c => (double)c.Attribute("width")!);

        // 附件4's sixth column holds the 18-character credit code, unwrapped.
        Assert.True(widths[6] >= 19, $"width {widths[6]}");
    }

    private static IEnumerable<string?> SheetNames(SpreadsheetDocument document) =>
        document.WorkbookPart!.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>()
            .Select(s => s.Name?.Value);

    private static (XDocument Workbook, List<XDocument> Sheets) Xml(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        XDocument Read(string name)
        {
            using var stream = zip.GetEntry(name)!.Open();
            return XDocument.Load(stream);
        }

        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal))
            .OrderBy(e => e.FullName, StringComparer.Ordinal)
            .Select(e => Read(e.FullName))
            .ToList();
        return (Read("xl/workbook.xml"), sheets);
    }
}
