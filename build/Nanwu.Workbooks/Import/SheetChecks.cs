using Nanwu.Records.Diagnostics;

namespace Nanwu.Workbooks.Import;

/// <summary>What is asked of a form's body before its rows are read.</summary>
internal static class SheetChecks
{
    /// <summary>A block merged across several columns of the body cannot say which column its value is for.</summary>
    public static void NoMergesAcrossColumns(SheetGrid grid, FormPlace place, ICollection<Diagnostic> problems)
    {
        var first = place.LeafColumns[0];
        var last = place.ExtraColumns.Values.Append(place.LeafColumns[^1]).Max();
        foreach (var m in grid.Merges)
        {
            var inBody = m.Bottom >= place.BodyStart && m.Top <= place.BodyEnd;
            var inColumns = m.Right >= first && m.Left <= last;
            if (inBody && inColumns && m.Left != m.Right)
            {
                problems.Add(Messages.MergedAcrossColumns(grid.Span(m.Top, m.Left), m.ToString()));
            }
        }
    }

    /// <summary>Body rows holding anything in the given columns (a merged block counts in its first row).</summary>
    public static IReadOnlyList<int> FilledRows(SheetGrid grid, FormPlace place, IReadOnlyCollection<int> columns) =>
        Enumerable.Range(place.BodyStart, Math.Max(0, place.BodyEnd - place.BodyStart + 1))
            .Where(r => columns.Any(c => !grid.Own(r, c).IsEmpty))
            .ToList();
}
