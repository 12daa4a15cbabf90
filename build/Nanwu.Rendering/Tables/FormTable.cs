namespace Nanwu.Rendering.Tables;

/// <summary>
/// A table with a multi-level header (rows of cells with spans) and its body rows. When
/// <see cref="HasLabel"/>, each row starts with its label as a row header; when
/// <see cref="HasStatus"/>, a status column follows it.
/// </summary>
public sealed record FormTable(
    IReadOnlyList<IReadOnlyList<HeadCell>> Head,
    IReadOnlyList<TableRow> Rows,
    bool HasLabel,
    bool HasStatus)
{
    public int ColumnCount => Head.Count == 0 ? 0 : Head[0].Sum(c => c.ColSpan);
}
