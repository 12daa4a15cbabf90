using Nanwu.Aggregation;
using Nanwu.Records.Model;
using Nanwu.Records.Values;
using Nanwu.Rendering.Internal.Models;
using Nanwu.Rendering.Tables;

namespace Nanwu.Rendering.Internal;

/// <summary>The pages that show the campaign's forms: 附件2 per round and per owner, 附件3, 附件4.</summary>
public static class FormPages
{
    /// <summary>rounds/&lt;round&gt;/index.html: the township's 附件2 with a row per owner and 合计.</summary>
    public static FormPage Round(DataSet data, RoundSummary round, ReportUrl? reportUrl = null)
    {
        var form = data.Forms.WorkStats;
        Field[] header =
        [
            new("填报单位", data.Township?.Name ?? ""),
            new("统计截止", Dates.FormatChinese(round.Round.Cutoff)),
            new("报送期限", Dates.FormatChinese(round.Round.Due)),
        ];
        var url = reportUrl ?? InternalUrls.Report;
        var table = WorkStatsTable.ForRound(form, round, owner => url(round.Round.Id, owner));
        var summary = StatusCounts.Of(round.Rows) + "。合计为各村与乡本级之和。";
        return new FormPage(form.Name, Attachment(form.Attachment), header, null, summary, table,
            FormNotes.Of(form), []);
    }

    /// <summary>rounds/&lt;round&gt;/&lt;owner&gt;.html: one owner's 附件2 with its header block and status.</summary>
    public static FormPage Report(DataSet data, RoundSummary round, OwnerRow row)
    {
        var form = data.Forms.WorkStats;
        var report = row.Report;
        Field[] header =
        [
            new("填报单位", report?.Header.Unit ?? WorkStatsTable.OwnerLabel(row.Owner)),
            new("填报时间", report is null ? "" : Dates.FormatChinese(report.Header.ReportedOn)),
            new("填报人", report?.Header.Reporter ?? ""),
            new("联系方式", report?.Header.Contact ?? ""),
            new("统计截止", Dates.FormatChinese(round.Round.Cutoff)),
            new("报送期限", Dates.FormatChinese(round.Round.Due)),
        ];
        var summary = row.Status switch
        {
            ReportStatus.Missing => "本轮已过报送期限，尚未报送。",
            ReportStatus.NotDue => "本轮尚未到报送期限，尚未报送。",
            _ => "",
        };
        NavItem[] links =
        [
            new($"{round.Round.Id} 全乡统计表", InternalUrls.Round(round.Round.Id)),
            new($"{WorkStatsTable.OwnerLabel(row.Owner)}的全部情况", InternalUrls.Owner(row.Owner)),
        ];
        return new FormPage(form.Name, Attachment(form.Attachment), header,
            StatusBadge.Of(row), summary,
            WorkStatsTable.ForReport(form, report), FormNotes.Of(form), links);
    }

    /// <summary>clues.html: 附件3 for the whole township, grouped by category.</summary>
    public static FormPage Clues(DataSet data, CampaignSummary summary)
    {
        var form = data.Forms.Clue;
        var open = summary.ClueRegister.Count(r => !r.Clue.IsClosed);
        var text = $"共 {summary.ClueRegister.Count} 条线索，未结 {open} 条。个人姓名已作遮挡。";
        var table = RegisterTables.Clues(form, summary.ClueRegister, InternalUrls.Owner, showEmptyGroups: true);
        return new FormPage(form.Name, Attachment(form.Attachment), TownshipHeader(data), null, text, table,
            FormNotes.Of(form), []);
    }

    /// <summary>cross-province.html: 附件4 for the whole township.</summary>
    public static FormPage CrossProvince(DataSet data, CampaignSummary summary)
    {
        var form = data.Forms.CrossProvince;
        var text = $"共 {summary.CrossProvinceRegister.Count} 件。个人姓名和身份证号已作遮挡。";
        var table = RegisterTables.CrossProvince(form, summary.CrossProvinceRegister, InternalUrls.Owner);
        return new FormPage(form.Name, Attachment(form.Attachment), TownshipHeader(data), null, text, table,
            FormNotes.Of(form), []);
    }

    private static Field[] TownshipHeader(DataSet data) => [new("填报单位", data.Township?.Name ?? "")];

    private static string Attachment(int number) => number > 0 ? $"附件{number}" : "";
}
