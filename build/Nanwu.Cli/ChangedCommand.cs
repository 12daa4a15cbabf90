using System.Text;
using Nanwu.Git.Ci;

namespace Nanwu.Cli;

/// <summary>
/// <c>nanwu check --changed &lt;base&gt;</c>: the pull-request check. Diagnostics go to standard
/// output (and as annotations when GITHUB_ACTIONS=true); the Markdown summary to --summary and
/// to $GITHUB_STEP_SUMMARY when set.
/// </summary>
public static class ChangedCommand
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static int Run(string repo, DateOnly asOf, string baseRef, string? summaryPath, string? author)
    {
        if (RegionGuard.Refuses(repo, "check --changed"))
        {
            return 2;
        }

        // GitHub and Gitea Actions both set GITHUB_ACTOR; the workflows pass the pull request's author.
        var actor = Environment.GetEnvironmentVariable("GITHUB_ACTOR");
        var account = author ?? (string.IsNullOrEmpty(actor) ? null : actor);
        var result = ChangedCheck.Run(repo, baseRef, asOf, account, out var problem);
        if (result is null)
        {
            Console.Error.WriteLine(problem);
            return 2;
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            Console.Out.WriteLine(diagnostic);
        }

        if (Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true")
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                Console.Out.WriteLine(Annotations.Of(diagnostic));
            }
        }

        var markdown = ChangeSummary.Markdown(result);
        if (summaryPath is not null)
        {
            File.WriteAllText(Path.GetFullPath(summaryPath), markdown, Utf8);
        }

        if (Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } stepSummary)
        {
            File.AppendAllText(stepSummary, markdown, Utf8);
        }

        Console.Error.WriteLine($"—— 小结 —— 改动 {result.Files.Count} 个文件；涉及 {string.Join("、", result.OwnerNames)}；" +
                                $"错误 {result.Errors} 个，警告 {result.Warnings} 个");
        return result.Errors > 0 ? 1 : 0;
    }
}
