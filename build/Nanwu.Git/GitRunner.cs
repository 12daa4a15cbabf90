using System.Diagnostics;
using System.Text;

namespace Nanwu.Git;

/// <summary>
/// Runs the git command line in one repository with explicit arguments, never through a shell.
/// Variables that a hook or an outer git sets (GIT_DIR, the push's quarantine) are removed unless
/// the command is for the hook's own repository, where they are what makes new objects visible.
/// </summary>
public sealed class GitRunner(string directory, bool inheritRepositoryEnvironment = false)
{
    private static readonly string[] RepositoryVariables =
    [
        "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES",
        "GIT_QUARANTINE_PATH", "GIT_PREFIX", "GIT_NAMESPACE", "GIT_COMMON_DIR",
    ];

    private static readonly UTF8Encoding Utf8 = new(false);

    public string Directory { get; } = directory;

    public GitResult Run(IEnumerable<string> arguments, string? input = null)
    {
        using var process = Start(arguments, input is not null);
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new GitResult(process.ExitCode, output.Result, errors.Result);
    }

    /// <summary>Runs git and returns its output; a failure is a <see cref="GitException"/>.</summary>
    public string Text(params string[] arguments)
    {
        var result = Run(arguments);
        return result.Ok ? result.Output : throw Failure(arguments, result.Errors);
    }

    public bool Succeeds(params string[] arguments) => Run(arguments).Ok;

    /// <summary>Hands git's standard output to <paramref name="read"/> as a stream (for git archive).</summary>
    public void Stream(IEnumerable<string> arguments, Action<Stream> read)
    {
        var list = arguments.ToList();
        using var process = Start(list, false);
        var errors = process.StandardError.ReadToEndAsync();
        read(process.StandardOutput.BaseStream);
        process.StandardOutput.BaseStream.CopyTo(System.IO.Stream.Null);
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw Failure(list, errors.Result);
        }
    }

    private Process Start(IEnumerable<string> arguments, bool withInput)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = withInput,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(Directory);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (!inheritRepositoryEnvironment)
        {
            foreach (var name in RepositoryVariables)
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["LC_ALL"] = "C";
        if (withInput)
        {
            start.StandardInputEncoding = Utf8;
        }

        return Process.Start(start) ?? throw new GitException("git could not be started");
    }

    private GitException Failure(IEnumerable<string> arguments, string errors) =>
        new($"git {string.Join(' ', arguments)} failed in {Directory}: {errors.Trim()}");
}
