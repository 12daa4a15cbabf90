using Nanwu.TestSupport;

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
        // The caller's variables are set after these, so a test may still choose its own config.
        var variables = new Dictionary<string, string>
        {
            ["GIT_CONFIG_NOSYSTEM"] = "1", ["GIT_CONFIG_GLOBAL"] = "/dev/null", ["GIT_TERMINAL_PROMPT"] = "0",
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            variables[key] = value;
        }

        var result = ProcessRun.Start(["git", .. arguments], directory, variables, null, TimeSpan.FromMinutes(1));
        if (check && result.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {result.Errors}");
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
