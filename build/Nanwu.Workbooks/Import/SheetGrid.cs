using Nanwu.Records.Diagnostics;

namespace Nanwu.Workbooks.Import;

/// <summary>
/// A sheet's cells by 1-based row and column. A cell below the first cell of a merged block
/// reads as that cell, the way a person sees a value merged down several rows; cells beside it
/// keep their own (a block across columns says nothing about which column its value is for).
/// <see cref="Own"/> gives only what the cell itself holds.
/// </summary>
internal sealed class SheetGrid(
    string workbook, string name, IReadOnlyDictionary<(int Row, int Column), RawCell> cells,
    IReadOnlyList<MergedRange> merges)
{
    public string Name { get; } = name;

    public IReadOnlyList<MergedRange> Merges { get; } = merges;

    public int LastRow { get; } = cells.Count == 0 ? 0 : cells.Keys.Max(k => k.Row);

    public int LastColumn { get; } = cells.Count == 0 ? 0 : cells.Keys.Max(k => k.Column);

    public RawCell this[int row, int column]
    {
        get
        {
            var merge = MergeAt(row, column);
            return merge is null || merge.Left != column ? Own(row, column) : Own(merge.Top, merge.Left);
        }
    }

    public RawCell Own(int row, int column) => cells.GetValueOrDefault((row, column), RawCell.Empty);

    public MergedRange? MergeAt(int row, int column) => Merges.FirstOrDefault(m => m.Contains(row, column));

    public SourceSpan Span(int row, int column) => SourceSpan.Cell(workbook, Name, row, column);
}
