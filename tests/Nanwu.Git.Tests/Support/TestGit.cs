using System.Diagnostics;

namespace Nanwu.Git.Tests.Support;

/// <summary>
/// Runs git for the tests' own set-up (commits at chosen dates, pushes), apart from the code under
/// test. Global and system config are ignored so the machine's settings cannot change a result.
/// </summary>
public static class TestGit
{
    public static string Run(string directory, params string[] arguments) => Run(directory, null, arguments).Output;

    public static (int Exit, string Output, string Errors) Try(string directory, params string[] arguments) =>
        Run(directory, null, arguments, check: false);

    public static (int Exit, string Output, string Errors) Run(
        string directory, IReadOnlyDictionary<string, string>? environment, string[] arguments, bool check = true)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
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
            throw new TimeoutException($"git {string.Join(' ', arguments)} did not finish within a minute");
        }

        var result = (process.ExitCode, output.Result, errors.Result);
        if (check && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {errors.Result}");
        }

        return result;
    }

    /// <summary>Author and committer at a chosen instant; git takes the date as given, offset and all.</summary>
    public static Dictionary<string, string> At(string instant, string account = "office") => new()
    {
        ["GIT_AUTHOR_NAME"] = account,
        ["GIT_AUTHOR_EMAIL"] = $"{account}@example.invalid",
        ["GIT_COMMITTER_NAME"] = account,
        ["GIT_COMMITTER_EMAIL"] = $"{account}@example.invalid",
        ["GIT_AUTHOR_DATE"] = instant,
        ["GIT_COMMITTER_DATE"] = instant,
    };
}
