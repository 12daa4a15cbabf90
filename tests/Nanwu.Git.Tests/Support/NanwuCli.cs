using System.Diagnostics;

namespace Nanwu.Git.Tests.Support;

/// <summary>Runs the compiled nanwu command line in a folder, as CI or a clerk would.</summary>
public static class NanwuCli
{
    /// <summary>The command that starts nanwu: the dotnet host and the compiled program.</summary>
    public static IReadOnlyList<string> Command { get; } =
        [Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet",
            typeof(Nanwu.Cli.Commands).Assembly.Location];

    public static (int ExitCode, string Output, string Errors) Run(
        string directory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(Command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        start.ArgumentList.Add(Command[1]);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in new[] { "GITHUB_ACTIONS", "GITHUB_ACTOR", "GITHUB_STEP_SUMMARY" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("nanwu did not finish within two minutes");
        }

        return (process.ExitCode, output.Result, errors.Result);
    }
}
