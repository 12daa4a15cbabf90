using Nanwu.Records.Diagnostics;

namespace Nanwu.Git.Hooks;

/// <summary>What the pre-receive check found: errors refuse the push, warnings are only shown.</summary>
public sealed class HookOutcome(Pusher? pusher)
{
    public Pusher? Pusher { get; } = pusher;

    public string Township { get; set; } = "";

    public List<Diagnostic> Problems { get; } = [];

    public List<Diagnostic> Warnings { get; } = [];

    public bool Accepted => Problems.Count == 0;

    public void Add(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            (d.IsError ? Problems : Warnings).Add(d);
        }
    }

    /// <summary>The lines the pusher sees (git prints them as "remote: …"), every problem in Chinese.</summary>
    public IReadOnlyList<string> Lines()
    {
        var who = Pusher is null ? "推送账号：未知（主机没有提供，也没有设置 nanwu.fallbackPusher）"
            : $"推送账号：{Pusher.Account}（由 {Pusher.Source} 识别）";
        var lines = new List<string> { $"—— {Township}数据检查 ——", who };
        var sorted = Sort(Problems).Concat(Sort(Warnings)).Select(d => "  " + d);
        if (Accepted)
        {
            lines.Add($"检查通过，推送已接受（{Warnings.Count} 个警告）。");
            lines.AddRange(sorted);
            return lines;
        }

        lines.Add($"推送被拒绝：发现 {Problems.Count} 个错误、{Warnings.Count} 个警告，列在下面。请改正后重新提交，再推送。");
        lines.AddRange(sorted);
        return lines;
    }

    private static IReadOnlyList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        bag.AddRange(diagnostics);
        return bag.Sorted();
    }
}
