namespace Nanwu.Rendering.Tables;

/// <summary>What a body row is, for its styling.</summary>
public enum RowKind
{
    Item,
    Own,
    Total,
    Group,
    Empty,
}

/// <summary>
/// A body row: an optional row header (a village's name, linked), an optional status badge,
/// and the cells. A group row has only its label, spanning the whole table.
/// </summary>
public sealed record TableRow(
    RowKind Kind, string? Label, string? Url, StatusBadge? Status, IReadOnlyList<TableCell> Cells)
{
    public string Css => Kind.ToString().ToLowerInvariant();

    public static TableRow Group(string label) => new(RowKind.Group, label, null, null, []);
}
