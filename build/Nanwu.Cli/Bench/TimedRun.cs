using System.Diagnostics;
using System.Globalization;

namespace Nanwu.Cli.Bench;

/// <summary>One child process timed as a whole: wall time, peak memory, exit code and what it printed.</summary>
public sealed record TimedRun(double Seconds, double? PeakMiB, int ExitCode, string Output, string Errors)
{
    /// <summary>GNU time: reads the peak resident memory the kernel kept for the child and its children.</summary>
    public const string GnuTime = "/usr/bin/time";

    // The marker lets the line GNU time adds be told apart from the child's own last line.
    private const string Marker = "NANWU-BENCH-TIME";

    public static bool HasGnuTime => File.Exists(GnuTime);

    /// <summary>
    /// Runs a program to its end. The wall time comes from a stopwatch (GNU time rounds to
    /// 0.01 s); the peak memory from GNU time when it is installed, otherwise it is unknown.
    /// </summary>
    public static TimedRun Start(string program, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(HasGnuTime ? GnuTime : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        if (HasGnuTime)
        {
            foreach (var part in new[] { "-f", $"{Marker} %M", "--", program })
            {
                start.ArgumentList.Add(part);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var seconds = clock.Elapsed.TotalSeconds;
        return HasGnuTime
            ? FromGnuTime(process.ExitCode, output.Result, errors.Result, seconds)
            : new TimedRun(seconds, null, process.ExitCode, output.Result, errors.Result);
    }

    private static TimedRun FromGnuTime(int exitCode, string output, string errors, double seconds)
    {
        var lines = errors.Split('\n').ToList();
        var index = lines.FindLastIndex(l => l.StartsWith(Marker + " ", StringComparison.Ordinal));
        if (index < 0)
        {
            return new TimedRun(seconds, null, exitCode, output, errors);
        }

        var parts = lines[index].Split(' ');
        lines.RemoveAt(index);
        // GNU time says so when the child failed; the exit code already tells.
        lines.RemoveAll(l => l.StartsWith("Command exited with non-zero status", StringComparison.Ordinal));
        var peakKiB = double.Parse(parts[1], CultureInfo.InvariantCulture);
        return new TimedRun(seconds, peakKiB / 1024, exitCode, output, string.Join('\n', lines));
    }
}
