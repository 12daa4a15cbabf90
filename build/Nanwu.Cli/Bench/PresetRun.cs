namespace Nanwu.Cli.Bench;

/// <summary>
/// One preset measured end to end: generate, check, cold build, one changed file rebuilt into
/// the same output, that output compared with a fresh build, then node and Hugo on the same work.
/// </summary>
public sealed class PresetRun(NanwuCommand nanwu, string nanwuRepo, Action<string> progress)
{
    /// <summary>A fixed cut-off date that suits the generated data, so every run checks the same thing.</summary>
    public const string AsOf = "2026-01-10";

    public PresetResult? Run(Preset preset, string work, bool presetsKnown)
    {
        var load = Machine.Load();
        var repo = Path.Combine(work, "repo");
        var output = Path.Combine(work, "out");
        var fresh = Path.Combine(work, "out-fresh");

        progress($"{preset.Name}：生成数据……");
        var generate = nanwu.Run(nanwuRepo, ["--repo", nanwuRepo, "generate", "--out", repo, "--seed", "1",
            .. preset.GenerateArguments(presetsKnown)]);
        if (generate.ExitCode != 0)
        {
            progress($"{preset.Name}：生成数据失败（退出码 {generate.ExitCode}）：{generate.Errors.Trim()}");
            return null;
        }

        progress($"{preset.Name}：检查……");
        var check = Nanwu(repo, "check");
        progress($"{preset.Name}：完整生成……");
        var build = Nanwu(repo, "build", "--out", output);
        var html = CountHtml(output);

        progress($"{preset.Name}：改动一个村的文件，再生成到同一目录……");
        var edited = VillageEdit.Apply(repo);
        var rebuild = Nanwu(repo, "build", "--out", output);
        progress($"{preset.Name}：改动后的数据完整生成一次，逐字节比较……");
        Nanwu(repo, "build", "--out", fresh);
        var compare = TreeCompare.Of(output, fresh);

        progress($"{preset.Name}：node（js-yaml + ajv）……");
        var node = NodeAnchor.Run(nanwuRepo, repo);
        var pages = StageLines.Read(build.Errors).Pages ?? html;
        progress($"{preset.Name}：Hugo 渲染 {pages} 页……");
        var hugo = HugoAnchor.Run(work, pages);

        var date = DateTime.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new PresetResult(preset, date, load, presetsKnown, check, build, html, edited, rebuild, compare,
            node, hugo);
    }

    private TimedRun Nanwu(string repo, params string[] command) =>
        nanwu.Run(repo, ["--repo", repo, "--as-of", AsOf, .. command]);

    private static int CountHtml(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).Count() : 0;
}
