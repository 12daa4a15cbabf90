using Nanwu.Workbooks.Import;

namespace Nanwu.Workbooks.Tests;

/// <summary>Imports a workbook into a copy of the repository, as of the sample's date.</summary>
public static class Importing
{
    public const string Form2 = "工作情况统计表";
    public const string Form3 = "风险线索排查处置情况统计表";
    public const string Form4 = "跨省案件（风险）登记统计表";

    public static ImportOutcome Run(TempRepo repo, byte[] workbook, string owner, string round, string? name = null)
    {
        var path = repo.Put(name ?? $"{owner}-{round}.xlsx", workbook);
        return WorkbookImporter.Run(new ImportRequest(repo.Path, path, owner, round, SampleData.AsOf));
    }

    /// <summary>dongzhuang's 2025-06 workbook as exported, with the clerk's changes.</summary>
    public static byte[] Dongzhuang(Action<WorkbookEditor> edit) =>
        WorkbookEditor.Edit(SampleData.Workbook("dongzhuang", "2025-06"), edit);

    public static string[] Lines(ImportOutcome outcome) => outcome.Diagnostics.Select(d => d.ToString()).ToArray();
}
