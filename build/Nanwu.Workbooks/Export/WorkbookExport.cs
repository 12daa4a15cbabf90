using Nanwu.Aggregation;
using Nanwu.Loading.Schema;
using Nanwu.Records.Model;
using Nanwu.Records.Values;
using Nanwu.Workbooks.Xlsx;

namespace Nanwu.Workbooks.Export;

/// <summary>
/// The workbooks of the internal site: for each round the township's (for the county) and one
/// per village and for 乡本级, each with 附件2, 附件3 and 附件4; a blank template per form; and
/// the stamped scans, copied. Identical input gives identical bytes. A village's workbook holds
/// the clues and cases it had found by the round's cut-off, as they stand on the as-of date.
/// </summary>
public sealed class WorkbookExport(string repoRoot, DataSet data, CampaignSummary summary)
{
    private readonly SchemaSet _schemas = new(Path.Combine(repoRoot, "schemas"));

    /// <summary>Every file, in a fixed order; each one's bytes are made when asked for.</summary>
    public IReadOnlyList<PlannedFile> Plan()
    {
        var files = new List<PlannedFile>();
        foreach (var round in summary.Rounds)
        {
            var id = round.Round.Id;
            files.Add(new(PlannedKind.Summary, WorkbookNames.Summary(id), id, null, null, () => Summary(round)));
            files.AddRange(round.Rows.Select(row => new PlannedFile(PlannedKind.Owner,
                WorkbookNames.Owner(id, row.Owner), id, row.Owner.Id, null, () => Owner(round, row))));
        }

        files.AddRange(WorkbookNames.TemplateKinds.Select(kind => new PlannedFile(PlannedKind.Template,
            WorkbookNames.Template(kind), null, null, kind, () => Template(kind))));
        files.AddRange(data.Stamped.Select(copy => new PlannedFile(PlannedKind.Stamped, WorkbookNames.Stamped(copy),
            copy.Round, copy.Owner.Id, null, () => File.ReadAllBytes(Path.Combine(repoRoot, copy.Path)))));
        return files;
    }

    private byte[] Owner(RoundSummary round, OwnerRow row)
    {
        var cutoff = round.Round.Cutoff;
        var report = row.Report;
        var caption = Caption(round.Round);
        var header = report is null
            ? new SheetHeader(row.Owner.Name, null, "", "", caption)
            : new SheetHeader(report.Header.Unit, report.Header.ReportedOn, report.Header.Reporter,
                report.Header.Contact, caption);
        var clues = Aggregator.ClueRegister(data.Clues.Where(c => c.Owner.Id == row.Owner.Id && c.FoundOn <= cutoff));
        var cases = Aggregator.CrossProvince(
            data.CrossProvince.Where(c => c.Owner.Id == row.Owner.Id && c.FoundOrFiledOn <= cutoff));
        FormTableSpec[] sheets =
        [
            WorkStatsSheet.Report(data.Forms.WorkStats, report, header),
            ClueSheet.Build(data.Forms.Clue, _schemas.NodeOf(RecordKind.Clue), clues, header, Audience.Village),
            CrossProvinceSheet.Build(data.Forms.CrossProvince, _schemas.NodeOf(RecordKind.CrossProvince), cases,
                header, Audience.Village),
        ];
        var name = row.Owner.IsTownship ? "乡本级" : row.Owner.Name;
        return Write(sheets, $"{name} 统计表（{round.Round.Id}）", WorkbookMark.ForOwner(row.Owner.Id, round.Round.Id));
    }

    private byte[] Summary(RoundSummary round)
    {
        var cutoff = round.Round.Cutoff;
        var header = new SheetHeader(data.Township?.Name ?? "", null, "", data.Township?.Phone ?? "",
            Caption(round.Round));
        var clues = Aggregator.ClueRegister(data.Clues.Where(c => c.FoundOn <= cutoff));
        var cases = Aggregator.CrossProvince(data.CrossProvince.Where(c => c.FoundOrFiledOn <= cutoff));
        var form = data.Forms.WorkStats;
        FormTableSpec[] sheets =
        [
            WorkStatsSheet.Total(form, round, header),
            ClueSheet.Build(data.Forms.Clue, _schemas.NodeOf(RecordKind.Clue), clues, header, Audience.Summary),
            CrossProvinceSheet.Build(data.Forms.CrossProvince, _schemas.NodeOf(RecordKind.CrossProvince), cases,
                header, Audience.Summary),
            WorkStatsSheet.Detail(form, round, header),
        ];
        var title = $"{data.Township?.Name ?? ""}统计表（{round.Round.Id}）";
        return Write(sheets, title, WorkbookMark.ForSummary(round.Round.Id));
    }

    private byte[] Template(RecordKind kind)
    {
        var header = SheetHeader.Blank;
        var sheet = kind switch
        {
            RecordKind.WorkStats => WorkStatsSheet.Report(data.Forms.WorkStats, null, header),
            RecordKind.Clue => ClueSheet.Build(data.Forms.Clue, _schemas.NodeOf(kind), [], header, Audience.Template),
            _ => CrossProvinceSheet.Build(data.Forms.CrossProvince, _schemas.NodeOf(kind), [], header,
                Audience.Template),
        };
        return Write([sheet], $"空白表：{sheet.Form.Name}", WorkbookMark.ForTemplate(WorkbookNames.TemplateName(kind)));
    }

    private byte[] Write(IEnumerable<FormTableSpec> sheets, string title, WorkbookMark mark) =>
        XlsxWriter.Write(sheets.Select(FormSheetWriter.Write).ToList(),
            new WorkbookInfo(title, "南武乡打击非法集资专项行动", mark.ToString(), summary.AsOf));

    // The caption also names the round, commit and tag the workbook was built from (when built in
    // a Git checkout), so a printed form can be traced to its exact data.
    private string Caption(Round round) =>
        $"统计截止：{Dates.FormatChinese(round.Cutoff)}　报送期限：{Dates.FormatChinese(round.Due)}" +
        $"　数据截止日：{Dates.FormatChinese(summary.AsOf)}" +
        (summary.Provenance is { } provenance ? "　" + provenance.For(round.Id).Text : "");
}
