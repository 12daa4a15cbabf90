namespace Nanwu.Workbooks.Xlsx;

/// <summary>
/// One worksheet in memory: cells by 1-based row and column, merged ranges, sizes and print
/// set-up (A4 landscape, fitted to the page width, header rows repeated on every page).
/// </summary>
internal sealed class SheetBuilder(string name)
{
    private readonly SortedDictionary<(int Row, int Column), CellSpec> _cells = new();
    private readonly List<(int Top, int Left, int Bottom, int Right)> _merges = [];
    private readonly SortedDictionary<int, double> _widths = new();
    private readonly SortedDictionary<int, double> _heights = new();
    private readonly List<Validation> _validations = [];

    public string Name { get; } = name;

    /// <summary>The rows repeated at the top of every printed page, and frozen on screen below them.</summary>
    public (int First, int Last)? TitleRows { get; set; }

    /// <summary>The printed part: the form, without the system's own columns beside it.</summary>
    public (int LastRow, int LastColumn)? PrintArea { get; set; }

    public IReadOnlyDictionary<(int Row, int Column), CellSpec> Cells => _cells;

    public IReadOnlyList<(int Top, int Left, int Bottom, int Right)> Merges => _merges;

    public IReadOnlyDictionary<int, double> Widths => _widths;

    public IReadOnlyDictionary<int, double> Heights => _heights;

    public IReadOnlyList<Validation> Validations => _validations;

    public int LastRow => _cells.Count == 0 ? 0 : _cells.Keys.Max(k => k.Row);

    public int LastColumn => _cells.Count == 0 ? 0 : _cells.Keys.Max(k => k.Column);

    public void Set(int row, int column, CellSpec cell) => _cells[(row, column)] = cell;

    public CellSpec? Get(int row, int column) => _cells.GetValueOrDefault((row, column));

    /// <summary>Merges a block; its covered cells are written blank in the same format, so borders show.</summary>
    public void Merge(int top, int left, int bottom, int right)
    {
        if (top == bottom && left == right)
        {
            return;
        }

        var style = Get(top, left)?.Style ?? CellStyle.Default;
        for (var r = top; r <= bottom; r++)
        {
            for (var c = left; c <= right; c++)
            {
                if (r != top || c != left)
                {
                    Set(r, c, CellSpec.Blank(style));
                }
            }
        }

        _merges.Add((top, left, bottom, right));
    }

    public void Width(int column, double width) => _widths[column] = width;

    public double WidthOf(int column) => _widths.GetValueOrDefault(column, 8.43);

    public void Height(int row, double points) => _heights[row] = points;

    public double HeightOf(int row) => _heights.GetValueOrDefault(row, 13.5);

    public void Validate(Validation validation) => _validations.Add(validation);
}
