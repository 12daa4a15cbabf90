namespace Nanwu.Workbooks;

/// <summary>
/// The sheet of each form, named after it (a sheet name holds at most 31 characters, so the
/// long titles are shortened; the full title stands in the sheet's first rows).
/// </summary>
public static class SheetNames
{
    public const string WorkStats = "工作情况统计表";
    public const string Clue = "风险线索排查处置情况统计表";
    public const string CrossProvince = "跨省案件（风险）登记统计表";

    /// <summary>The township's 附件2 row by row (each village, 乡本级 and 合计); not imported.</summary>
    public const string Detail = "各村明细";

    public static IReadOnlyList<string> Forms { get; } = [WorkStats, Clue, CrossProvince];
}
