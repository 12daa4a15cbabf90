namespace Nanwu.Rendering.Internal.Models;

/// <summary>
/// The files of a round on its page: the township's workbook and the blank forms, then a row per
/// owner with its workbook and stamped scan, and a sentence saying who has a stamped scan.
/// </summary>
public sealed record DownloadSection(IReadOnlyList<NavItem> Files, IReadOnlyList<DownloadRow> Rows, string Summary);
