namespace Nanwu.Cli.Bench;

/// <summary>The targets of issue 7 that apply to a preset (all with the fixed --as-of).</summary>
public static class PresetTargets
{
    private const string NoHugo = "Hugo 没有运行";

    public static IReadOnlyList<Target> Of(PresetResult r)
    {
        var targets = new List<Target>();
        if (r.Preset.Name == "township")
        {
            targets.Add(Timed("完整生成，编译好的命令，含进程启动", 3, r.Build));
        }

        if (r.Preset.Name == "province")
        {
            targets.Add(Timed("检查", 60, r.Check));
            targets.Add(Timed("检查（挑战）", 30, r.Check));
            targets.Add(Target.AtLeastOne("检查（再挑战）", "不慢于 node + ajv", r.CheckSpeedVsNode,
                r.Node.Missing ?? "node 没有运行"));
            targets.Add(Timed("完整生成", 150, r.Build));
            targets.Add(Target.AtMost("完整生成的峰值内存", 2048, r.Build.PeakMiB, "MiB", m => Figures.MiB(m)));
        }

        targets.Add(Target.AtLeastOne("渲染阶段的页/秒", "≥ Hugo 整个进程的页/秒（同样页数）",
            r.RenderSpeedVsHugo, r.Hugo.Missing ?? (r.RenderSeconds is null ? "build 没有报告渲染阶段的耗时" : NoHugo)));
        if (r.Preset.Name == "province")
        {
            targets.Add(Timed("改动一个文件后重新生成并检查", 5, r.Rebuild));
        }

        targets.Add(Target.Yes("重新生成的输出与完整生成相同", "逐字节相同", r.RebuildIdentical));
        return targets;
    }

    // A run that failed met nothing, however fast it failed.
    private static Target Timed(string name, double limit, TimedRun run) => run.ExitCode == 0
        ? Target.AtMost(name, limit, run.Seconds, "秒", Figures.Seconds)
        : new Target(name, $"≤ {Figures.Seconds(limit)} 秒", $"退出码 {run.ExitCode}", $"{Target.Missed}（命令失败）");
}
