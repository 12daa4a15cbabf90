using Nanwu.Records.Model;

namespace Nanwu.Workbooks;

/// <summary>
/// Where workbooks and stamped scans go in the internal site. A village's workbook is named
/// like <c>dongzhuang-2025-06.xlsx</c>, so a clerk's copy says whose it is and for which round.
/// </summary>
public static class WorkbookNames
{
    public const string Folder = "workbooks";

    /// <summary>workbooks/2025-06/dongzhuang-2025-06.xlsx (乡本级's own: township-2025-06.xlsx).</summary>
    public static string Owner(string round, Owner owner) => $"{Folder}/{round}/{owner.Id}-{round}.xlsx";

    /// <summary>workbooks/2025-06/2025-06-summary.xlsx: the township's tables for the county. No id ends so.</summary>
    public static string Summary(string round) => $"{Folder}/{round}/{round}-summary.xlsx";

    /// <summary>workbooks/templates/clue.xlsx: a blank form.</summary>
    public static string Template(RecordKind kind) => $"{Folder}/templates/{TemplateName(kind)}.xlsx";

    /// <summary>stamped/2025-06/dongzhuang.pdf: the scan as uploaded, renamed after its owner.</summary>
    public static string Stamped(StampedCopy copy) =>
        $"stamped/{copy.Round}/{copy.Owner.Id}{Path.GetExtension(copy.Path)}";

    /// <summary>The kinds with a blank template, in the order of the attachments.</summary>
    public static IReadOnlyList<RecordKind> TemplateKinds { get; } =
        [RecordKind.WorkStats, RecordKind.Clue, RecordKind.CrossProvince];

    internal static string TemplateName(RecordKind kind) => kind switch
    {
        RecordKind.WorkStats => "work-stats",
        RecordKind.Clue => "clue",
        RecordKind.CrossProvince => "cross-province",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no form of that kind"),
    };
}
