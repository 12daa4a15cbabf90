using Nanwu.Aggregation;
using Nanwu.Records.Values;

namespace Nanwu.Rendering.Tables;

/// <summary>A report's status as shown: words (never colour alone) and a CSS class.</summary>
public sealed record StatusBadge(string Text, string Css)
{
    /// <summary>按时报送 / 逾期报送（填报时间）/ 未报送 / 未到期.</summary>
    public static StatusBadge Of(ReportStatus status, DateOnly? reportedOn) => new(
        status == ReportStatus.Late && reportedOn is { } d
            ? $"{status.ChineseName()}（{Dates.Format(d)}）"
            : status.ChineseName(),
        CssOf(status));

    /// <summary>
    /// An owner's badge: a late report shows the date that decided it, marked 进入主干 when Git's
    /// record of arrival decided (DESIGN.md "Late"), else its 填报时间 as before.
    /// </summary>
    public static StatusBadge Of(OwnerRow row) =>
        row is { Status: ReportStatus.Late, Decision: { By: DecidedBy.Git, DecidedOn: { } arrived } }
            ? new($"{row.Status.ChineseName()}（{Dates.Format(arrived)} 进入主干）", CssOf(row.Status))
            : Of(row.Status, row.Report?.Header.ReportedOn);

    /// <summary>The compact form for the monthly matrix: 按时 / 逾期 / 未报 / 未到期.</summary>
    public static StatusBadge Short(ReportStatus status) => new(
        status switch
        {
            ReportStatus.OnTime => "按时",
            ReportStatus.Late => "逾期",
            ReportStatus.Missing => "未报",
            _ => "未到期",
        },
        CssOf(status));

    private static string CssOf(ReportStatus status) => status switch
    {
        ReportStatus.OnTime => "on-time",
        ReportStatus.Late => "late",
        ReportStatus.Missing => "missing",
        _ => "not-due",
    };
}
