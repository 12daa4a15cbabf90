using Nanwu.Workbooks.Xlsx;

namespace Nanwu.Workbooks.Export;

/// <summary>
/// Column widths and row heights worked out from the text, a Chinese character counting two
/// (spreadsheets do not fit merged or wrapped cells themselves, and measuring fonts needs
/// a graphics library the build machine does not have).
/// </summary>
internal static class Sizing
{
    private const double Narrowest = 6;
    private const double Widest = 40;
    private const int WrappedText = 28;

    public static void SetWidths(SheetBuilder sheet, FormTableSpec spec, int bodyStart)
    {
        var labels = spec.Leading.Concat(spec.Form.Leaves.Select(l => l.PrintedLabel)).Concat(spec.Extra).ToList();
        for (var c = 1; c <= spec.AllColumns; c++)
        {
            var label = TextWidth.Of(labels[c - 1]);
            // A long label wraps to about three lines rather than widening its column.
            var forLabel = label <= 8 ? label + 2 : Math.Max(8, Math.Ceiling(label / 3.0) + 3);
            var forData = Enumerable.Range(bodyStart, spec.Body.Count)
                .Select(r => sheet.Get(r, c))
                .Where(cell => cell is { Kind: not CellKind.Blank })
                .Select(cell => DataWidth(cell!))
                .DefaultIfEmpty(0)
                .Max();
            var forEntry = spec.Body.Count == 0 ? 0 : ForEntry(sheet.Get(bodyStart, c)?.Style);
            sheet.Width(c, Math.Clamp(new[] { forLabel, forData, forEntry }.Max(), Narrowest, Widest));
        }
    }

    // Room to type into, so that a blank form is usable too: a date as 2025年10月22日, a code of 18.
    private static double ForEntry(CellStyle? style) => style switch
    {
        CellStyle.DataDate => 15,
        CellStyle.DataCode => 20,
        CellStyle.DataText => 12,
        _ => 0,
    };

    public static void SetHeights(SheetBuilder sheet, FormTableSpec spec, int bodyStart)
    {
        var needs = new List<(int Top, int Bottom, double Points)>();
        foreach (var (row, column) in sheet.Cells.Keys)
        {
            var cell = sheet.Cells[(row, column)];
            if (cell.Kind == CellKind.Blank || !Wraps(cell.Style))
            {
                continue;
            }

            var (bottom, right) = Extent(sheet, row, column);
            var width = Enumerable.Range(column, right - column + 1).Sum(sheet.WidthOf);
            var lines = TextWidth.Lines(cell.Shown, width);
            needs.Add((row, bottom, lines * SheetRows.LineHeight + 6));
        }

        for (var r = SheetRows.HeaderStart; r < bodyStart + spec.Body.Count; r++)
        {
            sheet.Height(r, Math.Max(sheet.Heights.GetValueOrDefault(r), SheetRows.BodyRow));
        }

        // Single rows first, then blocks: a block too short for its text grows at its last row.
        foreach (var (top, bottom, points) in needs.OrderBy(n => n.Bottom - n.Top).ThenBy(n => n.Top))
        {
            var have = Enumerable.Range(top, bottom - top + 1).Sum(sheet.HeightOf);
            if (have < points)
            {
                sheet.Height(bottom, sheet.HeightOf(bottom) + points - have);
            }
        }
    }

    private static double DataWidth(CellSpec cell)
    {
        var width = TextWidth.Widest(cell.Shown) + 2;
        return Wraps(cell.Style) ? Math.Min(width, WrappedText) : width;
    }

    private static bool Wraps(CellStyle style) => style is CellStyle.Title or CellStyle.Head or CellStyle.DataText
        or CellStyle.DataCenter or CellStyle.GroupLabel or CellStyle.Note or CellStyle.ExtraHead
        or CellStyle.TotalLabel;

    private static (int Bottom, int Right) Extent(SheetBuilder sheet, int row, int column)
    {
        foreach (var m in sheet.Merges)
        {
            if (m.Top == row && m.Left == column)
            {
                return (m.Bottom, m.Right);
            }
        }

        return (row, column);
    }
}
