using Nanwu.Records.Diagnostics;

namespace Nanwu.Workbooks.Export;

/// <summary>A1-style cell names.</summary>
internal static class CellAddress
{
    public static string Of(int row, int column) => SourceSpan.ColumnName(column) + row;

    /// <summary>Row and column of "F7"; null when it is not a cell name.</summary>
    public static (int Row, int Column)? Parse(string address)
    {
        var letters = address.TakeWhile(char.IsAsciiLetterUpper).Count();
        if (letters is 0 or > 3 || !int.TryParse(address.AsSpan(letters), out var row) || row < 1)
        {
            return null;
        }

        var column = address[..letters].Aggregate(0, (n, c) => n * 26 + (c - 'A' + 1));
        return (row, column);
    }
}
