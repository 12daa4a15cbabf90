using System.Globalization;

namespace Nanwu.Records.Values;

/// <summary>
/// Amounts in 万元, kept as <see cref="decimal"/>. At most four decimals (one yuan).
/// One display rule everywhere: thousands separated, trailing zeros dropped.
/// </summary>
public static class Money
{
    public const int MaxDecimals = 4;

    public static int DecimalPlaces(decimal value)
    {
        var normalised = value / 1.0000000000000000000000000000m;
        return normalised.Scale;
    }

    /// <summary>Formats an amount in 万元 for tables: <c>1,200.5</c>, <c>0.0012</c>, <c>0</c>.</summary>
    public static string Display(decimal value) =>
        value.ToString("#,0.####", CultureInfo.InvariantCulture);

    /// <summary>Formats a count: <c>1,260</c>.</summary>
    public static string DisplayCount(decimal value) =>
        value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>The shortest plain form used in record files: <c>86.2</c>, <c>1200</c>.</summary>
    public static string Canonical(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);
}
