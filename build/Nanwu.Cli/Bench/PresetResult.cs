namespace Nanwu.Cli.Bench;

/// <summary>Everything measured for one preset.</summary>
public sealed record PresetResult(
    Preset Preset,
    string Date,
    string Load,
    bool PresetsKnown,
    TimedRun Check,
    TimedRun Build,
    int HtmlFiles,
    string? EditedFile,
    TimedRun Rebuild,
    TreeCompare Compare,
    NodeResult Node,
    HugoResult Hugo)
{
    public StageLines CheckLines { get; } = StageLines.Read(Check.Errors);

    public StageLines BuildLines { get; } = StageLines.Read(Build.Errors);

    public StageLines RebuildLines { get; } = StageLines.Read(Rebuild.Errors);

    public int Files => CheckLines.Files ?? BuildLines.Files ?? 0;

    /// <summary>Pages the build reported; the .html files it wrote when the stage line is missing.</summary>
    public int Pages => BuildLines.Pages ?? HtmlFiles;

    /// <summary>
    /// A file was changed, there was output, and the rebuilt output equals a fresh full build
    /// of the changed data.
    /// </summary>
    public bool RebuildIdentical => EditedFile is not null && Compare.Files > 0 && Compare.Same;

    public double? RenderSeconds => BuildLines.RenderSeconds;

    public double? HugoSeconds => Hugo.Missing is null ? Hugo.Run?.Seconds : null;

    public double? NodeSeconds => Node.Missing is null ? Node.Run?.Seconds : null;

    /// <summary>Checking speed against node on the same files: above 1 means nanwu is faster.</summary>
    public double? CheckSpeedVsNode => NodeSeconds / Check.Seconds;

    /// <summary>Rendering-stage pages/s against Hugo's whole-process pages/s on the same page count.</summary>
    public double? RenderSpeedVsHugo => HugoSeconds / RenderSeconds;

    /// <summary>Whole-build pages/s against Hugo's whole-process pages/s on the same page count.</summary>
    public double? BuildSpeedVsHugo => HugoSeconds / Build.Seconds;
}
