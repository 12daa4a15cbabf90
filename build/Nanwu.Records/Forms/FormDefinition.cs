namespace Nanwu.Records.Forms;

/// <summary>One cell of a multi-level table header.</summary>
public sealed record HeaderCell(string Label, int ColumnSpan, int RowSpan, FormColumn Column);

/// <summary>
/// A form of the campaign document as a column tree (schemas/forms/*.form.yaml): drives the
/// HTML tables and the workbook headers, so the office can relabel without code.
/// </summary>
public sealed record FormDefinition(
    string Name,
    int Attachment,
    IReadOnlyList<string> HeaderFields,
    IReadOnlyList<FormColumn> Columns,
    IReadOnlyList<string> Notes)
{
    public IReadOnlyList<FormColumn> Leaves { get; } = Columns.SelectMany(c => c.Leaves()).ToList();

    public int HeaderDepth => Columns.Count == 0 ? 0 : Columns.Max(c => c.Depth);

    /// <summary>
    /// The header as rows of cells with row and column spans: a group spans its leaves,
    /// a leaf reaches down to the last header row.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<HeaderCell>> HeaderRows()
    {
        var depth = HeaderDepth;
        var rows = Enumerable.Range(0, depth).Select(_ => new List<HeaderCell>()).ToList();
        foreach (var column in Columns)
        {
            Place(column, 0);
        }

        return rows;

        void Place(FormColumn column, int level)
        {
            if (column.IsLeaf)
            {
                rows[level].Add(new HeaderCell(column.PrintedLabel, 1, depth - level, column));
                return;
            }

            rows[level].Add(new HeaderCell(column.PrintedLabel, column.LeafCount, 1, column));
            foreach (var child in column.Children)
            {
                Place(child, level + 1);
            }
        }
    }
}
