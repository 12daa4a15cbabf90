using System.Diagnostics;

namespace Nanwu.Git.Tests.Support;

/// <summary>Runs a program (ssh-keygen, runuser, chown) for the gitolite set-up, with explicit arguments.</summary>
public static class Run
{
    public static string Program(string program, params string[] arguments) =>
        Program(program, null, arguments);

    public static string Program(
        string program, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        ProgramIn(null, program, environment, arguments);

    /// <summary>Runs in a given folder: another user may not be allowed into the test's own one.</summary>
    public static string ProgramIn(
        string? directory, string program, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (directory is not null)
        {
            start.WorkingDirectory = directory;
        }

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
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within a minute");
        }

        return process.ExitCode == 0
            ? output.Result
            : throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} failed: {errors.Result}{output.Result}");
    }
}
