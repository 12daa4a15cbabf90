using System.Globalization;

namespace Nanwu.Cli.Bench;

/// <summary>How the results file writes numbers: fixed formats, so only the numbers change between runs.</summary>
public static class Figures
{
    public const string None = "—";

    public static string Seconds(double seconds) => seconds.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Rate(double count, double seconds) =>
        seconds > 0 ? (count / seconds).ToString("#,0", CultureInfo.InvariantCulture) : None;

    public static string MiB(double? mib) => mib is { } m ? m.ToString("#,0", CultureInfo.InvariantCulture) : None;

    public static string Ratio(double? ratio) =>
        ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) : None;

    public static string Count(int count) => count.ToString("#,0", CultureInfo.InvariantCulture);
}
