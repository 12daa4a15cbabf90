using Nanwu.Records.Forms;

namespace Nanwu.Rendering.Tables;

/// <summary>The header of a form's table, from its column tree, with leading columns of the page's own.</summary>
public static class FormHeads
{
    /// <summary>
    /// The form's header rows (<see cref="FormDefinition.HeaderRows"/>) with <paramref name="leading"/>
    /// columns in front, each reaching down through every header row.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<HeadCell>> Of(FormDefinition form, params string[] leading)
    {
        var rows = form.HeaderRows()
            .Select(row => row.Select(c => new HeadCell(c.Label, c.ColumnSpan, c.RowSpan, !c.Column.IsLeaf)).ToList())
            .ToList();
        if (rows.Count == 0)
        {
            rows.Add([]);
        }

        rows[0].InsertRange(0, leading.Select(label => new HeadCell(label, 1, rows.Count)));
        return rows;
    }
}
