using System.Text;
using Nanwu.Aggregation;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Values;

namespace Nanwu.Git.Rounds;

/// <summary>The message of a round's tag: who reported when, the township totals, the check's counts.</summary>
public static class RoundSummaryText
{
    public static string Format(RoundStatusReport status, string commit, DiagnosticBag bag, string? forcedBecause)
    {
        var round = status.Round;
        var sb = new StringBuilder();
        sb.Append($"{status.Township} {round.Id} 轮工作情况统计表截止\n\n");
        sb.Append($"统计截止 {Dates.Format(round.Cutoff)}，报送期限 {Dates.Format(round.Due)}，")
            .Append($"数据截止日 {Dates.Format(status.AsOf)}\n");
        sb.Append($"提交 {commit}\n");
        sb.Append($"检查：{bag.ErrorCount} 个错误，{bag.WarningCount} 个警告\n");
        if (forcedBecause is not null)
        {
            sb.Append($"强制截止，理由：{forcedBecause.Trim()}\n");
        }

        sb.Append("\n各村报送情况：\n");
        foreach (var row in status.Summary.Rows)
        {
            var decided = row.Decision?.DecidedOn is { } d
                ? $" {Dates.Format(d)}（{(row.Decision.By == DecidedBy.Git ? "进入主干" : "填报时间")}）"
                : "";
            sb.Append($"  {row.Owner.Name}：{row.Status.ChineseName()}{decided}\n");
        }

        sb.Append("\n全乡合计（各村与乡本级之和）：\n");
        foreach (var (key, value) in status.Summary.Total)
        {
            sb.Append($"  {key}：{Money.Canonical(value)}\n");
        }

        return sb.ToString();
    }
}
