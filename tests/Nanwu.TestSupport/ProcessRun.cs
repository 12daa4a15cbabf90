using System.Diagnostics;

namespace Nanwu.TestSupport;

/// <summary>
/// Runs a program to its end with explicit arguments (no shell), both streams read while it runs,
/// and kills it with everything it started if it outlives the time given: the one way the tests
/// start nanwu, git and the gitolite set-up's programs.
/// </summary>
public static class ProcessRun
{
    /// <param name="program">The program and its arguments, one element each.</param>
    /// <param name="directory">Where it runs; null for the test's own folder.</param>
    /// <param name="environment">Variables to set (null for none); set last, so they win.</param>
    /// <param name="removed">Variables of the test's own environment the program must not see.</param>
    /// <param name="timeout">How long it may take.</param>
    public static (int ExitCode, string Output, string Errors) Start(
        IReadOnlyList<string> program, string? directory, IReadOnlyDictionary<string, string>? environment,
        IEnumerable<string>? removed, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (directory is not null)
        {
            start.WorkingDirectory = directory;
        }

        foreach (var argument in program.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in removed ?? [])
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
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{string.Join(' ', program)} did not finish within {timeout.TotalSeconds:0} s");
        }

        return (process.ExitCode, output.Result, errors.Result);
    }
}
