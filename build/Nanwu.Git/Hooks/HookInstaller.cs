namespace Nanwu.Git.Hooks;

/// <summary>
/// Installs the pre-receive hook into a bare repository, where each kind of host runs it:
/// Gitea runs the scripts in hooks/pre-receive.d/ (and rewrites hooks/pre-receive as its own
/// dispatcher); gitolite and plain SSH hosting run hooks/pre-receive. Both get the same script,
/// which hands the push to <c>nanwu hook run</c>; the settings go into the repository's config.
/// </summary>
public static class HookInstaller
{
    public const string Marker = "# nanwu: pre-receive hook";
    public const string ScriptName = "nanwu";

    /// <returns>What was written, or left alone and why, one line each.</returns>
    public static IReadOnlyList<string> Install(
        string bareRepository, IReadOnlyList<string> checker, HookConfig config, bool force)
    {
        var repo = GitRepo.Open(bareRepository)
            ?? throw new GitException($"{bareRepository} is not a Git repository");
        if (repo.Git.Text("rev-parse", "--is-bare-repository").Trim() != "true")
        {
            throw new GitException($"{bareRepository} is not a bare repository");
        }

        var hooks = Path.Combine(repo.Git.Text("rev-parse", "--absolute-git-dir").Trim(), "hooks");
        var script = Script(checker);
        var report = new List<string>();
        Directory.CreateDirectory(Path.Combine(hooks, "pre-receive.d"));
        Write(Path.Combine(hooks, "pre-receive.d", ScriptName), script, report);

        var main = Path.Combine(hooks, "pre-receive");
        if (!File.Exists(main) || File.ReadAllText(main).Contains(Marker) || force)
        {
            Write(main, script, report);
        }
        else
        {
            report.Add($"保留了已有的 {main}（Gitea 的分派脚本会运行 pre-receive.d/ 中的脚本；其他情况请用 --force 覆盖）");
        }

        foreach (var (key, value) in config.Entries())
        {
            repo.Git.Text("config", $"{HookConfig.Section}.{key}", value);
            report.Add($"设置 {HookConfig.Section}.{key} = {value}");
        }

        return report;
    }

    /// <summary>The hook script: hands git's input on standard input to the checker, in the repository.</summary>
    public static string Script(IReadOnlyList<string> checker) =>
        "#!/bin/sh\n" +
        Marker + ", installed by `nanwu hook install`. Runs Nanwu's checks on every push to main\n" +
        "# and refuses the push with the problems listed in Chinese. Do not edit; reinstall instead.\n" +
        "exec " + string.Join(' ', checker.Select(Quote)) + " hook run\n";

    private static void Write(string path, string text, List<string> report)
    {
        File.WriteAllText(path, text);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
        }

        report.Add($"写入 {path}");
    }

    private static string Quote(string word) => "'" + word.Replace("'", "'\\''") + "'";
}
