using System.Diagnostics;
using Nanwu.Records.Values;

namespace Nanwu.Cli;

/// <summary>
/// The as-of date: given on the command line, or by default the date of the newest commit
/// in China Standard Time. The wall clock is never read, so a rebuild tomorrow is the same.
/// </summary>
public static class AsOfDate
{
    public static DateOnly? FromGit(string repoRoot)
    {
        try
        {
            var start = new ProcessStartInfo("git", ["-C", repoRoot, "log", "-1", "--format=%cI"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var git = Process.Start(start)!;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && DateTimeOffset.TryParse(output, out var instant)
                ? Dates.InChina(instant)
                : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
