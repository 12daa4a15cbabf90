using Nanwu.Records.Forms;

namespace Nanwu.Workbooks.Export;

/// <summary>
/// Places the cells of <see cref="FormDefinition.HeaderRows"/> on a grid as a browser lays out
/// an HTML table: each cell takes the next column of its row that no cell from above reaches into.
/// Writer and reader both use it, so the reader knows in which column each leaf belongs.
/// </summary>
internal static class HeaderLayout
{
    /// <summary>Each header cell with its level (0-based) and first column (1-based).</summary>
    public static IReadOnlyList<(int Level, int Column, HeaderCell Cell)> Place(FormDefinition form, int firstColumn)
    {
        var placed = new List<(int, int, HeaderCell)>();
        var taken = new HashSet<(int Level, int Column)>();
        var rows = form.HeaderRows();
        for (var level = 0; level < rows.Count; level++)
        {
            var column = firstColumn;
            foreach (var cell in rows[level])
            {
                while (taken.Contains((level, column)))
                {
                    column++;
                }

                placed.Add((level, column, cell));
                for (var l = level; l < level + cell.RowSpan; l++)
                {
                    for (var c = column; c < column + cell.ColumnSpan; c++)
                    {
                        taken.Add((l, c));
                    }
                }

                column += cell.ColumnSpan;
            }
        }

        return placed;
    }
}
