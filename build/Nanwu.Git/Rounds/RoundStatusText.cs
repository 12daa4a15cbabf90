using System.Text;
using Nanwu.Aggregation;
using Nanwu.Records.Values;

namespace Nanwu.Git.Rounds;

/// <summary>The round's status as the office reads it in a terminal, and the WeChat reminder.</summary>
public static class RoundStatusText
{
    public static string Format(RoundStatusReport report)
    {
        var round = report.Round;
        var sb = new StringBuilder();
        sb.Append($"轮次 {round.Id}：统计截止 {Dates.Format(round.Cutoff)}，报送期限 {Dates.Format(round.Due)}，" +
                  $"数据截止日 {Dates.Format(report.AsOf)}\n");
        sb.Append($"工作情况统计表（附件2）：{StatusCounts(report.Villages)}\n");
        foreach (var row in report.Summary.Rows)
        {
            sb.Append("  ").Append(Line(row)).Append('\n');
        }

        foreach (var month in report.Months)
        {
            sb.Append($"月报 {month.Month}（报送期限 {Dates.Format(month.Due)}）：").Append(MonthLine(month)).Append('\n');
        }

        foreach (var warning in report.Warnings)
        {
            sb.Append("警告：").Append(warning).Append('\n');
        }

        sb.Append("\n可直接粘贴到村级微信群的提醒：\n").Append(Reminder(report)).Append('\n');
        return sb.ToString();
    }

    /// <summary>A reminder naming the late and missing villages, ready for the villages' WeChat group.</summary>
    public static string Reminder(RoundStatusReport report)
    {
        var round = report.Round;
        var sb = new StringBuilder($"【{report.Township}经济发展办提醒】{round.Id} 轮工作情况统计表（统计截止 " +
            $"{Dates.FormatChinese(round.Cutoff)}）的报送期限是 {Dates.FormatChinese(round.Due)}。" +
            $"截至 {Dates.FormatChinese(report.AsOf)}：");
        var parts = new List<string>();
        if (report.Missing.Count > 0)
        {
            parts.Add($"尚未报送的有 {Names(report.Missing.Select(o => o.Name))}");
        }

        if (report.Late.Count > 0)
        {
            parts.Add($"逾期报送的有 {Names(report.Late.Select(o => o.Name))}");
        }

        var months = report.MissingMonths.Select(x => $"{x.Owner.Name}（{string.Join("、", x.Months)}）").ToList();
        if (months.Count > 0)
        {
            parts.Add($"月报未报送的有 {string.Join("、", months)}");
        }

        sb.Append(parts.Count == 0 ? "各村均已按时报送，谢谢大家。" : string.Join("；", parts) + "。");
        if (report.Missing.Count > 0 || months.Count > 0)
        {
            sb.Append("请尚未报送的村抓紧填写，运行 nanwu check 检查无误后提交");
            sb.Append(report.OfficePhone.Length > 0 ? $"；有问题请打电话 {report.OfficePhone}。" : "。");
        }

        return sb.ToString();
    }

    private static string Line(OwnerRow row)
    {
        var name = row.Owner.IsTownship ? $"{row.Owner.Name}（乡本级）" : row.Owner.Name;
        var date = Decided(row);
        return $"{name}  {row.Status.ChineseName()}{(date.Length > 0 ? $"  {date}" : "")}";
    }

    /// <summary>按时 10；逾期 1：西庄村（2025-06-18 进入主干）；未报送 1：南堡村.</summary>
    private static string MonthLine(MonthSummary month)
    {
        var rows = month.Rows.Where(r => !r.Owner.IsTownship).ToList();
        var late = rows.Where(r => r.Status == ReportStatus.Late).Select(r => $"{r.Owner.Name}（{Decided(r)}）").ToList();
        var missing = rows.Where(r => r.Status == ReportStatus.Missing).Select(r => r.Owner.Name).ToList();
        var parts = new List<string> { $"按时 {rows.Count(r => r.Status == ReportStatus.OnTime)}" };
        parts.Add(late.Count == 0 ? "逾期 0" : $"逾期 {late.Count}：{Names(late)}");
        parts.Add(missing.Count == 0 ? "未报送 0" : $"未报送 {missing.Count}：{Names(missing)}");
        return string.Join("；", parts);
    }

    private static string Decided(OwnerRow row) => row.Decision?.DecidedOn is { } d
        ? $"{Dates.Format(d)} {(row.Decision.By == DecidedBy.Git ? "进入主干" : "填报时间")}"
        : "";

    private static string StatusCounts(IEnumerable<OwnerRow> rows)
    {
        var list = rows.ToList();
        int Count(ReportStatus s) => list.Count(r => r.Status == s);
        return $"按时 {Count(ReportStatus.OnTime)}，逾期 {Count(ReportStatus.Late)}，未报送 {Count(ReportStatus.Missing)}，" +
               $"未到期 {Count(ReportStatus.NotDue)}";
    }

    private static string Names(IEnumerable<string> names) => string.Join("、", names);
}
