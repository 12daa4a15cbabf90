using Nanwu.Records.Diagnostics;
using Nanwu.Records.Forms;
using Nanwu.Workbooks.Export;

namespace Nanwu.Workbooks.Import;

/// <summary>
/// Finds a form on a sheet by its header labels (rows a clerk added above it do no harm), checks
/// that every header cell is where the form's column tree puts it, and finds the body's end
/// (the 备注 notes) and the header fields above.
/// </summary>
internal static class FormLocator
{
    private const int SearchRows = 100;
    private const int SearchColumns = 40;

    public static FormPlace? Locate(SheetGrid grid, FormDefinition form, ICollection<Diagnostic> problems)
    {
        var first = form.HeaderRows()[0][0].Label;
        var start = Find(grid, first);
        if (start is not var (top, left))
        {
            problems.Add(Messages.HeaderNotFound(grid.Span(1, 1), first));
            return null;
        }

        foreach (var (level, column, cell) in HeaderLayout.Place(form, left))
        {
            var found = grid[top + level, column].Text;
            if (Labels.Normalise(found) != Labels.Normalise(cell.Label))
            {
                problems.Add(Messages.HeaderMismatch(grid.Span(top + level, column), cell.Label, found));
                return null;
            }
        }

        var bodyStart = top + Math.Max(1, form.HeaderDepth);
        var bodyEnd = bodyStart - 1;
        while (bodyEnd < grid.LastRow && !IsNotes(grid.Own(bodyEnd + 1, left).Text))
        {
            bodyEnd++;
        }

        var leaves = Enumerable.Range(left, form.Leaves.Count).ToList();
        return new FormPlace(top, bodyStart, bodyEnd, leaves, Extras(grid, top, left + form.Leaves.Count),
            Fields(grid, form, top));
    }

    private static (int Row, int Column)? Find(SheetGrid grid, string label)
    {
        for (var r = 1; r <= Math.Min(grid.LastRow, SearchRows); r++)
        {
            for (var c = 1; c <= Math.Min(grid.LastColumn, SearchColumns); c++)
            {
                if (Labels.Normalise(grid.Own(r, c).Text) == Labels.Normalise(label))
                {
                    return (r, c);
                }
            }
        }

        return null;
    }

    private static bool IsNotes(string text) => Labels.Normalise(text).StartsWith("备注:", StringComparison.Ordinal);

    private static Dictionary<string, int> Extras(SheetGrid grid, int top, int from)
    {
        var extras = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = from; c <= grid.LastColumn; c++)
        {
            var text = Labels.Normalise(grid.Own(top, c).Text);
            foreach (var name in new[] { ExtraColumns.RecordId, ExtraColumns.SubjectKind, ExtraColumns.Owner })
            {
                if (text.StartsWith(name, StringComparison.Ordinal))
                {
                    extras.TryAdd(name, c);
                }
            }
        }

        return extras;
    }

    private static Dictionary<string, FieldCell> Fields(SheetGrid grid, FormDefinition form, int top)
    {
        var fields = new Dictionary<string, FieldCell>(StringComparer.Ordinal);
        for (var r = 1; r < top; r++)
        {
            for (var c = 1; c <= grid.LastColumn; c++)
            {
                var text = Labels.Normalise(grid.Own(r, c).Text);
                foreach (var label in form.HeaderFields.Where(l => !fields.ContainsKey(l)))
                {
                    if (text == label || text == label + ":")
                    {
                        fields[label] = new FieldCell(r, (grid.MergeAt(r, c)?.Right ?? c) + 1, null);
                    }
                    else if (text.StartsWith(label + ":", StringComparison.Ordinal))
                    {
                        // Written in one cell: 填报单位：东庄村.
                        var raw = grid.Own(r, c).Text;
                        fields[label] = new FieldCell(r, c, raw[(raw.IndexOfAny([':', '：']) + 1)..].Trim());
                    }
                }
            }
        }

        return fields;
    }
}
