using System.Text;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Values;

namespace Nanwu.Git.Ci;

/// <summary>
/// The pull request's summary in Markdown (the job summary on GitHub, a file on Gitea): which
/// village, which round, what changed in the totals, and every diagnostic.
/// </summary>
public static class ChangeSummary
{
    public static string Markdown(ChangedCheckResult result)
    {
        var sb = new StringBuilder();
        var verdict = result.Errors > 0 ? "未通过" : "通过";
        sb.Append($"## {result.Township}数据检查：{verdict}\n\n");
        sb.Append($"- 比较基准：`{Short(result.BaseCommit)}`；本次：`{(result.HeadCommit is { } h ? Short(h) : "工作区")}`\n");
        if (result.Account is not null)
        {
            sb.Append($"- 提交账号：{result.Account}\n");
        }

        sb.Append($"- 涉及：{(result.OwnerNames.Count > 0 ? string.Join("、", result.OwnerNames) : "无村目录")}\n");
        var rounds = result.Affected.Everything
            ? "全部轮次（改动了全乡共用的文件）"
            : string.Join("、", result.Affected.Rounds.Order(StringComparer.Ordinal));
        sb.Append($"- 轮次：{(rounds.Length > 0 ? rounds : "无")}\n");
        sb.Append($"- 问题：{result.Errors} 个错误，{result.Warnings} 个警告\n\n");

        sb.Append($"### 改动的文件（{result.Files.Count} 个）\n\n");
        foreach (var file in result.Files)
        {
            sb.Append($"- `{file.Path}`（{file.ChineseStatus}）\n");
        }

        AppendTotals(sb, result.Totals);
        AppendDiagnostics(sb, result.Diagnostics);
        return sb.ToString();
    }

    private static void AppendTotals(StringBuilder sb, IReadOnlyList<TotalChange> totals)
    {
        sb.Append("\n### 统计表的变化\n\n");
        if (totals.Count == 0)
        {
            sb.Append("各轮工作情况统计表的数值没有变化。\n");
            return;
        }

        foreach (var round in totals.GroupBy(t => t.RoundId))
        {
            sb.Append($"#### 轮次 {round.Key}\n\n| 单位 | 项目 | 原值 | 现值 | 变化 |\n|---|---|---:|---:|---:|\n");
            foreach (var t in round.OrderBy(t => t.Owner is null).ThenBy(t => t.Owner, StringComparer.Ordinal))
            {
                var delta = t.Before is { } b && t.After is { } a ? Signed(a - b) : "";
                sb.Append($"| {t.Owner ?? "全乡合计"} | {t.Key} | {Value(t.Before)} | {Value(t.After)} | {delta} |\n");
            }

            sb.Append('\n');
        }
    }

    private static void AppendDiagnostics(StringBuilder sb, IReadOnlyList<Diagnostic> diagnostics)
    {
        sb.Append("\n### 问题清单\n\n");
        if (diagnostics.Count == 0)
        {
            sb.Append("没有发现问题。\n");
            return;
        }

        foreach (var d in diagnostics)
        {
            var field = d.Field.Length == 0 ? "" : $"{d.Field}: ";
            sb.Append($"- {(d.IsError ? "错误" : "警告")} **{d.Code.Id}** `{d.Span}` {field}{Escape(d.Message)}\n");
        }
    }

    private static string Value(decimal? value) => value is { } v ? Money.Canonical(v) : "—";

    private static string Signed(decimal value) => value > 0 ? "+" + Money.Canonical(value) : Money.Canonical(value);

    private static string Short(string commit) => commit.Length > 12 ? commit[..12] : commit;

    // Record text could hold Markdown; the few characters that would change the list are escaped.
    private static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace("*", "\\*").Replace("_", "\\_").Replace("<", "&lt;").Replace("|", "\\|");
}
