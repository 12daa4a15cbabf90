namespace Nanwu.Rendering.Tables;

/// <summary>
/// A header cell of an HTML table with its spans (1 when it spans nothing); a group heads other columns.
/// </summary>
public sealed record HeadCell(string Label, int ColSpan, int RowSpan, bool IsGroup = false);
