using Nanwu.TestSupport;

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
        var (exit, output, errors) = ProcessRun.Start([program, .. arguments], directory, environment, null,
            TimeSpan.FromMinutes(1));
        return exit == 0
            ? output
            : throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {errors}{output}");
    }
}
