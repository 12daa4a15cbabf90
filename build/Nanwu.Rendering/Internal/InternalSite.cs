using Nanwu.Aggregation;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;
using Nanwu.Records.Values;
using Nanwu.Rendering.Internal.Models;
using Nanwu.Rendering.Pages;

namespace Nanwu.Rendering.Internal;

/// <summary>
/// The internal portal for the township office and the leading group, as pages with view models.
/// Builds no HTML and writes nothing; <see cref="PageRenderer"/> does that.
/// </summary>
public sealed class InternalSite(DataSet data, CampaignSummary summary, IReadOnlyList<Diagnostic> diagnostics)
{
    public const string Name = "internal";

    /// <summary>Files made beside the renderer (workbooks, stamped scans), linked from each round's page.</summary>
    public IReadOnlyList<InternalDownload> Downloads { get; init; } = [];

    /// <summary>
    /// Whether each owner's 附件2 of each round gets a page of its own (rounds/&lt;round&gt;/&lt;owner&gt;.html).
    /// A province's build leaves them out unless asked: they are a page per record, and the owner's
    /// page and the round's table show the same figures. Links then go to the owner's page.
    /// </summary>
    public bool ReportPages { get; init; } = true;

    private ReportUrl ReportLink => ReportPages ? InternalUrls.Report : (_, owner) => InternalUrls.Owner(owner);

    /// <summary>In a county's or province's portal, the link up to the region's page; null otherwise.</summary>
    public NavItem? Up { get; init; }

    public InternalSiteInfo Info() => new(
        $"{data.Township?.Name ?? ""}打击非法集资专项行动 内部门户",
        data.Township?.Name ?? "",
        Dates.FormatChinese(summary.AsOf),
        Nav());

    public IEnumerable<Page> Pages()
    {
        yield return new Page(InternalUrls.Index, "index.scriban", "各村报送情况",
            OverviewBuilder.Build(data, summary, Nav().Where(n => n != Up).Skip(1).ToList(), ReportLink));

        foreach (var round in summary.Rounds)
        {
            var id = round.Round.Id;
            yield return new Page(InternalUrls.Round(id), "form.scriban", $"工作情况统计表（{id}）",
                FormPages.Round(data, round, ReportLink) with
                {
                    Downloads = DownloadSections.For(data, id, Downloads), Provenance = ProvenanceOf(id),
                });
            foreach (var row in ReportPages ? round.Rows : [])
            {
                yield return new Page(InternalUrls.Report(id, row.Owner), "form.scriban",
                    $"{Tables.WorkStatsTable.OwnerLabel(row.Owner)} 工作情况统计表（{id}）",
                    FormPages.Report(data, round, row) with { Provenance = ProvenanceOf(id) });
            }
        }

        yield return new Page(InternalUrls.ClosedRounds, "closed-rounds.scriban", "历次截止",
            ClosedRoundPages.Index(summary.ClosedRounds));
        foreach (var closed in summary.ClosedRounds)
        {
            yield return new Page(InternalUrls.ClosedRound(closed.Round.Id), "closed-round.scriban",
                $"{closed.Round.Id} 轮截止时的数据与变化", ClosedRoundPages.Page(data, closed));
        }

        yield return new Page(InternalUrls.Clues, "form.scriban", "风险线索排查处置情况统计表",
            FormPages.Clues(data, summary));
        yield return new Page(InternalUrls.CrossProvince, "form.scriban", "跨省案件（风险）登记统计表",
            FormPages.CrossProvince(data, summary));

        var villages = new VillagePages(data, summary, ReportLink, remarks: !ReportPages);
        yield return new Page(InternalUrls.Villages, "villages.scriban", "各村", villages.Index());
        foreach (var owner in data.Owners)
        {
            var page = villages.Page(owner);
            yield return new Page(InternalUrls.Owner(owner), "village.scriban", page.Name, page);
        }

        if (data.LeadingGroup is { } group)
        {
            var title = $"{data.Township?.Name ?? ""}打击非法集资专项行动领导小组";
            yield return new Page(InternalUrls.LeadingGroup, "leading-group.scriban", title,
                LeadingGroupBuilder.Build(group, data.Villages));
        }

        yield return new Page(InternalUrls.Checks, "checks.scriban", "数据检查", ChecksBuilder.Build(diagnostics));
    }

    private string ProvenanceOf(string round) => summary.Provenance?.For(round).Text ?? "";

    private List<NavItem> Nav()
    {
        var nav = Up is null ? new List<NavItem>() : [Up];
        nav.Add(new("报送情况", InternalUrls.Index));
        nav.AddRange(summary.Rounds.Select(r => new NavItem($"{r.Round.Id} 统计表", InternalUrls.Round(r.Round.Id))));
        nav.Add(new("历次截止", InternalUrls.ClosedRounds));
        nav.Add(new("线索台账", InternalUrls.Clues));
        nav.Add(new("跨省案件", InternalUrls.CrossProvince));
        nav.Add(new("各村", InternalUrls.Villages));
        if (data.LeadingGroup is not null)
        {
            nav.Add(new("领导小组", InternalUrls.LeadingGroup));
        }

        nav.Add(new("数据检查", InternalUrls.Checks));
        return nav;
    }
}
