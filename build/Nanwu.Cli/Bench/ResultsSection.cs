using System.Text;

namespace Nanwu.Cli.Bench;

/// <summary>One preset's part of the results file, the same lines in the same order on every run.</summary>
public static class ResultsSection
{
    private const string IdenticalLine = "- 重新生成的输出与完整生成相同：";

    public static string Heading(Preset preset) => $"## {preset.Name}：{preset.Description}";

    public static string NotMeasured(Preset preset) =>
        $"{Heading(preset)}\n\n尚未测量：运行 `nanwu bench --preset {preset.Name}`\n";

    public static string Write(PresetResult r, string machine, NanwuCommand nanwu)
    {
        var text = new StringBuilder();
        text.Append(Heading(r.Preset)).Append("\n\n");
        text.Append($"- 测量日期：{r.Date}\n");
        text.Append($"- 机器：{machine}\n");
        text.Append($"- 计时：整个进程的墙钟时间（开始时 1 分钟平均负载 {r.Load}）；峰值内存：{Machine.MemoryMethod()}\n");
        text.Append($"- nanwu：{(nanwu.IsAppHost ? "编译好的命令（apphost，含进程启动）" : "dotnet nanwu.dll（没有 apphost）")}；" +
                    $"数据截止日 {PresetRun.AsOf}\n");
        var generated = $"generate {string.Join(' ', r.Preset.GenerateArguments(r.PresetsKnown))}";
        text.Append($"- 数据：{Figures.Count(r.Files)} 个文件（{generated}）；页面：{Figures.Count(r.Pages)} 页\n");
        text.Append($"- 改动的文件：{r.EditedFile ?? "没有找到可改动的线索文件"}（{VillageEdit.Field}）\n\n");

        text.Append("| 步骤 | 秒 | 速度 | 峰值内存 MiB | 退出码 |\n| --- | ---: | ---: | ---: | ---: |\n");
        Row(text, "nanwu check", r.Check, $"{Figures.Rate(r.Files, r.Check.Seconds)} 文件/秒");
        Row(text, "nanwu build（空的输出目录）", r.Build, $"{Figures.Rate(r.Pages, r.Build.Seconds)} 页/秒");
        text.Append($"| 其中渲染阶段 | {Maybe(r.RenderSeconds)} | " +
                    $"{(r.RenderSeconds is { } s ? Figures.Rate(r.Pages, s) : Figures.None)} 页/秒 | — | — |\n");
        Row(text, "nanwu build（改动一个文件后，同一输出目录）", r.Rebuild, Figures.None);
        Anchor(text, "node（js-yaml + ajv）同样的 YAML 文件", r.Node.Run, r.Node.Missing,
            $"{Figures.Rate(r.Node.Files, r.NodeSeconds ?? 0)} 文件/秒");
        Anchor(text, "Hugo 同样页数的 Markdown", r.Hugo.Run, r.Hugo.Missing,
            $"{Figures.Rate(r.Hugo.Pages, r.HugoSeconds ?? 0)} 页/秒");
        text.Append('\n');

        text.Append($"- 渲染阶段的耗时：{RenderSource(r.BuildLines)}\n");
        text.Append($"- 退出码不为 0 的步骤：{Failures(r)}\n");
        text.Append($"- 重新生成报告的错误：{(r.RebuildLines.Errors is { } e ? $"{e} 个" : "未知")}\n");
        text.Append($"{IdenticalLine}{(r.RebuildIdentical ? "是" : "否")}" +
                    $"（{Figures.Count(r.Compare.Files)} 个文件逐字节比较{Difference(r)}）\n");
        text.Append($"- node 检查的 YAML 文件：{Figures.Count(r.Node.Files)} 个，其中不合 schema 的 {r.Node.Invalid} 个\n");
        text.Append($"- 比值（大于 1 表示 nanwu 更快）：检查 vs node {Figures.Ratio(r.CheckSpeedVsNode)}；" +
                    $"渲染阶段页/秒 vs Hugo {Figures.Ratio(r.RenderSpeedVsHugo)}；" +
                    $"整个 build 页/秒 vs Hugo {Figures.Ratio(r.BuildSpeedVsHugo)}\n\n");

        text.Append("| 目标 | 要求 | 实测 | 结论 |\n| --- | --- | --- | --- |\n");
        foreach (var target in PresetTargets.Of(r))
        {
            text.Append($"| {target.Name} | {target.Requirement} | {target.Measured} | {target.Verdict} |\n");
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, TimedRun run, string speed) =>
        text.Append($"| {name} | {Figures.Seconds(run.Seconds)} | {speed} | {Figures.MiB(run.PeakMiB)} | " +
                    $"{run.ExitCode} |\n");

    private static void Anchor(StringBuilder text, string name, TimedRun? run, string? missing, string speed)
    {
        if (missing is not null || run is null)
        {
            text.Append($"| {name} | — | {Cell(missing ?? "没有运行")} | — | {(run is null ? "—" : run.ExitCode)} |\n");
            return;
        }

        Row(text, name, run, speed);
    }

    private static string RenderSource(StageLines lines) => lines.RenderSeconds is null
        ? "build 没有报告"
        : lines.RenderIncludesLoading
            ? "取自“N 个乡镇已生成”一行，含逐个乡镇的读取和检查"
            : "取自“生成站点完成”一行";

    private static string Failures(PresetResult r)
    {
        var failed = new[] { ("check", r.Check), ("build", r.Build), ("重新生成", r.Rebuild) }
            .Where(step => step.Item2.ExitCode != 0)
            .Select(step => $"{step.Item1} 退出码 {step.Item2.ExitCode}（{Why(step.Item2)}）")
            .ToList();
        return failed.Count == 0 ? "无" : string.Join("；", failed);
    }

    // The summary's error count, or the line that names the exception when the process crashed.
    private static string Why(TimedRun run)
    {
        if (StageLines.Read(run.Errors).Errors is { } errors)
        {
            return $"错误 {errors} 个";
        }

        var crash = run.Errors.Split('\n')
            .FirstOrDefault(l => l.Contains("exception", StringComparison.OrdinalIgnoreCase));
        return crash is null ? "没有小结" : Cell(crash.Trim()[..Math.Min(crash.Trim().Length, 160)]);
    }

    private static string Maybe(double? seconds) => seconds is { } s ? Figures.Seconds(s) : Figures.None;

    private static string Difference(PresetResult r) => r.Compare.FirstDifference is { } d ? $"；第一处不同：{Cell(d)}" : "";

    private static string Cell(string text) => text.ReplaceLineEndings(" ").Replace('|', '｜');
}
