using System.Diagnostics;
using Nanwu.Records.Diagnostics;

namespace Nanwu.Rendering.Public.Search;

/// <summary>
/// Builds the public site's search index with Pagefind (installed from npm by build/prepare.sh)
/// over the staged site, before the wall reads it. Pagefind splits Chinese into words itself;
/// it indexes only what a page marks with data-pagefind-body (the text of current notices,
/// cases and pages), so lists, footers, posters and scripts stay out of the results.
/// </summary>
public static class PagefindIndex
{
    /// <summary>The folder Pagefind writes into, relative to the site root.</summary>
    public const string Folder = "pagefind";

    private const string Runner = "node_modules/pagefind/lib/runner/bin.cjs";

    // Pagefind also writes ready-made search interfaces; the site has its own small page.
    private static readonly string[] Unused =
    [
        "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
        "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
    ];

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    /// <summary>Indexes the site in <paramref name="siteFolder"/>; null when it worked, else the problem.</summary>
    public static Diagnostic? Build(string repoRoot, string siteFolder)
    {
        var runner = Path.Combine(repoRoot, Runner);
        if (!File.Exists(runner))
        {
            return Messages.SearchIndexFailed($"找不到 {Runner}");
        }

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = repoRoot,
        };
        foreach (var argument in new[] { runner, "--site", siteFolder, "--force-language", "zh-cn", "--quiet" })
        {
            start.ArgumentList.Add(argument);
        }

        var (exit, errors) = Run(start);
        if (exit != 0)
        {
            return Messages.SearchIndexFailed($"Pagefind 退出码 {exit}：{errors.Trim()}");
        }

        foreach (var name in Unused)
        {
            File.Delete(Path.Combine(siteFolder, Folder, name));
        }

        return File.Exists(Path.Combine(siteFolder, Folder, "pagefind.js"))
            ? null
            : Messages.SearchIndexFailed("Pagefind 没有写出 pagefind.js");
    }

    private static (int Exit, string Errors) Run(ProcessStartInfo start)
    {
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, $"无法启动 node：{e.Message}");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Limit))
            {
                process.Kill(entireProcessTree: true);
                return (-1, $"超过 {Limit.TotalMinutes} 分钟没有结束");
            }

            return (process.ExitCode, errors.Result + output.Result);
        }
    }
}
