using System.Diagnostics;

namespace Nanwu.Cli.Bench;

/// <summary>Finding the programs the benchmark compares against, and asking their versions.</summary>
public static class Tools
{
    /// <summary>The full path of a program on PATH, or null when it is not installed.</summary>
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    /// <summary>The first line a program prints for its version, or null when it cannot be run.</summary>
    public static string? Version(string name, params string[] arguments)
    {
        var program = Find(name);
        if (program is null)
        {
            return null;
        }

        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return output.Result.Split('\n')[0].Trim();
    }
}
