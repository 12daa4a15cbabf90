namespace Nanwu.Rendering.Internal.Models;

/// <summary>One owner's files for a round: the workbook and the stamped scans, if any.</summary>
public sealed record DownloadRow(string Owner, NavItem? Workbook, IReadOnlyList<NavItem> Stamped);
