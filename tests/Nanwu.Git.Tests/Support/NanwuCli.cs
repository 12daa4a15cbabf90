using Nanwu.TestSupport;

namespace Nanwu.Git.Tests.Support;

/// <summary>Runs the compiled nanwu command line in a folder, as CI or a clerk would.</summary>
public static class NanwuCli
{
    /// <summary>The command that starts nanwu: the dotnet host and the compiled program.</summary>
    public static IReadOnlyList<string> Command { get; } =
        [Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet",
            typeof(Nanwu.Cli.Commands).Assembly.Location];

    public static (int ExitCode, string Output, string Errors) Run(
        string directory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        ProcessRun.Start([.. Command, .. arguments], directory, environment,
            ["GITHUB_ACTIONS", "GITHUB_ACTOR", "GITHUB_STEP_SUMMARY"], TimeSpan.FromMinutes(2));
}
