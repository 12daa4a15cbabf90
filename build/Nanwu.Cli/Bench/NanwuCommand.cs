namespace Nanwu.Cli.Bench;

/// <summary>
/// How the benchmark starts nanwu: the compiled apphost beside this assembly, so process start
/// is part of every time, or <c>dotnet nanwu.dll</c> where there is no apphost.
/// </summary>
public sealed record NanwuCommand(string Program, IReadOnlyList<string> Prefix)
{
    public bool IsAppHost => Prefix.Count == 0;

    public static NanwuCommand Beside()
    {
        var folder = AppContext.BaseDirectory;
        var apphost = Path.Combine(folder, "nanwu");
        return File.Exists(apphost)
            ? new NanwuCommand(apphost, [])
            : new NanwuCommand(Tools.Find("dotnet") ?? "dotnet", [Path.Combine(folder, "nanwu.dll")]);
    }

    public TimedRun Run(string workingDirectory, params string[] arguments) =>
        TimedRun.Start(Program, Prefix.Concat(arguments), workingDirectory);

    /// <summary>Whether this nanwu's generator knows --preset (otherwise only --villages).</summary>
    public bool KnowsPresets(string workingDirectory) =>
        Run(workingDirectory, "generate", "--help").Output.Contains("--preset", StringComparison.Ordinal);
}
