namespace Nanwu.Cli.Bench;

/// <summary>A size of generated data set the benchmark measures (issue 7).</summary>
public sealed record Preset(string Name, string Description, int Villages)
{
    public static readonly IReadOnlyList<Preset> All =
    [
        new("township", "一个乡镇，20 个村", 20),
        new("county", "一个县，15 个乡镇 × 20 个村", 300),
        new("province", "一个省，1,300 个乡镇，28,000 个村，约 42 万个文件", 28_000),
    ];

    public static Preset? Named(string name) => All.FirstOrDefault(p => p.Name == name);

    /// <summary>
    /// The generate arguments: the named preset when this nanwu knows it, otherwise the same
    /// number of villages in one township (older generators only have --villages).
    /// </summary>
    public IReadOnlyList<string> GenerateArguments(bool presetsKnown) =>
        presetsKnown
            ? ["--preset", Name]
            : ["--villages", Villages.ToString(System.Globalization.CultureInfo.InvariantCulture)];
}
