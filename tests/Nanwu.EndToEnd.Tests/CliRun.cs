using Nanwu.TestSupport;

namespace Nanwu.EndToEnd.Tests;

/// <summary>Runs the compiled nanwu command line as a separate process, as a clerk or CI would.</summary>
public sealed record CliRun(int ExitCode, string Output, string Errors)
{
    public static CliRun Start(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var dll = typeof(Nanwu.Cli.Commands).Assembly.Location;
        var (exit, output, errors) = ProcessRun.Start(["dotnet", dll, .. arguments], Repo.Root, environment, null,
            TimeSpan.FromMinutes(2));
        return new CliRun(exit, output, errors);
    }
}
