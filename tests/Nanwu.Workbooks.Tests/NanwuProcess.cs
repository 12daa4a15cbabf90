using System.Diagnostics;
using Nanwu.TestSupport;

namespace Nanwu.Workbooks.Tests;

/// <summary>Runs the compiled nanwu command line as a clerk would, in its own process.</summary>
public sealed record NanwuProcess(int ExitCode, string Output, string Errors)
{
    public static NanwuProcess Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repo.Root,
        };
        start.ArgumentList.Add(typeof(Nanwu.Cli.Commands).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("nanwu did not finish within two minutes");
        }

        return new NanwuProcess(process.ExitCode, output.Result, errors.Result);
    }
}
