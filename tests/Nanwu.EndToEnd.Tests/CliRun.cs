using System.Diagnostics;
using Nanwu.TestSupport;

namespace Nanwu.EndToEnd.Tests;

/// <summary>Runs the compiled nanwu command line as a separate process, as a clerk or CI would.</summary>
public sealed record CliRun(int ExitCode, string Output, string Errors)
{
    public static CliRun Start(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var dll = typeof(Nanwu.Cli.Commands).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repo.Root,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
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

        return new CliRun(process.ExitCode, output.Result, errors.Result);
    }
}
