using System.Globalization;

namespace Nanwu.Workbooks.Import;

/// <summary>
/// Numbers as spreadsheets store them: at most 15 significant digits; whatever a file holds beyond
/// them is noise from binary fractions (0.30000000000000004) or digits already lost (an ID number).
/// </summary>
internal static class StoredNumbers
{
    private const int SignificantDigits = 15;

    public static decimal? Parse(string stored) =>
        decimal.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? Significant(value)
            : null;

    /// <summary>True when a code stored as a number cannot be whole any more: 1.4990019850612E+17.</summary>
    public static bool LostDigits(string stored) =>
        stored.Contains('E', StringComparison.OrdinalIgnoreCase) || stored.Count(char.IsAsciiDigit) > SignificantDigits;

    private static decimal Significant(decimal value)
    {
        if (value == 0)
        {
            return 0;
        }

        var integerDigits = (int)Math.Floor(Math.Log10((double)Math.Abs(value))) + 1;
        var decimals = Math.Clamp(SignificantDigits - integerDigits, 0, 28);
        return Math.Round(value, decimals) / 1.0000000000000000000000000000m;
    }
}
