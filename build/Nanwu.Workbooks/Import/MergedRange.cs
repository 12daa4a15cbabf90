namespace Nanwu.Workbooks.Import;

/// <summary>A merged block of a sheet, by 1-based rows and columns.</summary>
internal sealed record MergedRange(int Top, int Left, int Bottom, int Right)
{
    public bool Contains(int row, int column) => row >= Top && row <= Bottom && column >= Left && column <= Right;

    public override string ToString() =>
        $"{Export.CellAddress.Of(Top, Left)}:{Export.CellAddress.Of(Bottom, Right)}";
}
