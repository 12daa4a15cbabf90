using Nanwu.Aggregation;
using Nanwu.Aggregation.Region;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Forms;
using Nanwu.Records.Model;
using Nanwu.Records.Values;
using Nanwu.Rendering.Internal.Models;
using Nanwu.Rendering.Pages;
using Nanwu.Rendering.Tables;

namespace Nanwu.Rendering.Internal;

/// <summary>
/// The top of a county's or province's internal portal: each township's state and, per round,
/// 附件2 with a row per township (its villages and 乡本级 together). Each township's own portal
/// sits below it in &lt;township&gt;/, as a township's repository would build it.
/// </summary>
public sealed class RegionSite(
    Township? region, Campaign? campaign, FormDefinition form, DateOnly asOf,
    IReadOnlyList<TownshipResult> townships, IReadOnlyList<Diagnostic> sharedDiagnostics)
{
    private string Name => region?.Name ?? "";

    public InternalSiteInfo Info() => new($"{Name}打击非法集资专项行动 内部门户", Name, Dates.FormatChinese(asOf), Nav());

    public IEnumerable<Page> Pages()
    {
        yield return new Page(InternalUrls.Index, "region.scriban", "各乡镇报送情况", Index());
        foreach (var round in campaign?.Rounds ?? [])
        {
            yield return new Page(InternalUrls.Round(round.Id), "form.scriban", $"工作情况统计表（{round.Id}）",
                Round(round));
        }

        yield return new Page(InternalUrls.Checks, "checks.scriban", "数据检查（共享文件）",
            ChecksBuilder.Build(sharedDiagnostics));
    }

    private RegionIndex Index()
    {
        var latest = campaign?.Rounds.LastOrDefault(r => r.Due <= asOf) ?? campaign?.Rounds.FirstOrDefault();
        var rows = townships.Select(t =>
        {
            var round = t.Rounds.FirstOrDefault(r => r.Round == latest?.Id);
            return new RegionRow(t.Name, t.Id + "/" + InternalUrls.Index, t.Villages,
                round is null ? "" : $"{round.OnTime + round.Late}/{round.Villages}",
                round is null ? "" : round.Late.ToString(System.Globalization.CultureInfo.InvariantCulture),
                round is null ? "" : round.Missing.ToString(System.Globalization.CultureInfo.InvariantCulture),
                t.Clues, t.CrossProvince, t.Errors, t.Warnings, t.Id + "/" + InternalUrls.Checks);
        }).ToList();
        var villages = townships.Sum(t => t.Villages);
        var summary = $"{townships.Count} 个乡镇，{villages} 个村；错误 {townships.Sum(t => t.Errors)} 个，" +
                      $"警告 {townships.Sum(t => t.Warnings)} 个（另有共享文件的问题 {sharedDiagnostics.Count} 个）";
        return new RegionIndex(latest?.Id ?? "", summary, rows,
            campaign?.Rounds.Select(r => new NavItem(r.Id, InternalUrls.Round(r.Id))).ToList() ?? []);
    }

    private FormPage Round(Round round)
    {
        var rows = new List<OwnerRow>();
        var total = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var township in townships)
        {
            var owner = new Owner(township.Id, township.Name, IsTownship: false);
            if (township.Rounds.FirstOrDefault(r => r.Round == round.Id) is not { } figures)
            {
                rows.Add(new OwnerRow(owner, null, ReportStatus.Missing));
                continue;
            }

            foreach (var (key, value) in figures.Total)
            {
                total[key] = total.GetValueOrDefault(key) + value;
            }

            var header = new ReportHeader(township.Name, round.Cutoff, "", "");
            var report = new FormReport(RecordKind.WorkStats, owner, round.Id, header, figures.Total, "",
                new RecordSource($"data/townships/{township.Id}/", new Dictionary<string, (int, int)>()));
            rows.Add(new OwnerRow(owner, report, figures.Worst));
        }

        var summary = new RoundSummary(round, rows, total);
        Field[] fields =
        [
            new("填报单位", Name),
            new("统计截止", Dates.FormatChinese(round.Cutoff)),
            new("报送期限", Dates.FormatChinese(round.Due)),
        ];
        var table = WorkStatsTable.ForRound(form, summary, owner => $"{owner.Id}/{InternalUrls.Round(round.Id)}");
        var counts = townships.Select(t => t.Rounds.FirstOrDefault(r => r.Round == round.Id)).OfType<TownshipRound>()
            .ToList();
        var text = $"{townships.Count} 个乡镇、{counts.Sum(c => c.Villages)} 个村：按时报送 {counts.Sum(c => c.OnTime)}，" +
                   $"逾期报送 {counts.Sum(c => c.Late)}，未报送 {counts.Sum(c => c.Missing)}，" +
                   $"未到期限 {counts.Sum(c => c.NotDue)}。每行是一个乡镇各村与乡本级之和，报送情况取该乡镇最差的一村；" +
                   "合计为各乡镇之和。";
        return new FormPage(form.Name, form.Attachment > 0 ? $"附件{form.Attachment}" : "", fields, null, text,
            table, FormNotes.Of(form), []);
    }

    private List<NavItem> Nav()
    {
        var nav = new List<NavItem> { new("各乡镇", InternalUrls.Index) };
        nav.AddRange((campaign?.Rounds ?? []).Select(r => new NavItem($"{r.Id} 统计表", InternalUrls.Round(r.Id))));
        nav.Add(new("数据检查", InternalUrls.Checks));
        return nav;
    }
}

/// <summary>The region's front page: one row per township, for the latest round that is due.</summary>
public sealed record RegionIndex(string Round, string Summary, IReadOnlyList<RegionRow> Rows,
    IReadOnlyList<NavItem> Rounds);

public sealed record RegionRow(string Name, string Url, int Villages, string Reported, string Late, string Missing,
    int Clues, int CrossProvince, int Errors, int Warnings, string ChecksUrl);
