using Nanwu.Aggregation;
using Nanwu.Records.Model;
using Nanwu.Records.Values;
using Nanwu.Rendering.Internal.Models;
using Nanwu.Rendering.Tables;

namespace Nanwu.Rendering.Internal;

/// <summary>villages/index.html and villages/&lt;id&gt;.html: each owner's rounds, months, clues and cases.</summary>
public sealed class VillagePages
{
    private readonly ReportUrl _reportUrl;
    private readonly bool _remarks;
    private readonly DataSet _data;
    private readonly List<(RoundSummary Round, Dictionary<string, OwnerRow> Rows)> _rounds;
    private readonly List<(MonthSummary Month, Dictionary<string, OwnerRow> Rows)> _months;
    private readonly ILookup<string, ClueRow> _clues;
    private readonly ILookup<string, CrossProvinceRow> _cases;
    private readonly Dictionary<string, Village> _villages;

    public VillagePages(DataSet data, CampaignSummary summary, ReportUrl? reportUrl = null, bool remarks = false)
    {
        _reportUrl = reportUrl ?? InternalUrls.Report;
        _remarks = remarks;
        _data = data;
        _rounds = summary.Rounds.Select(r => (r, ByOwner(r.Rows))).ToList();
        _months = summary.Months.Select(m => (m, ByOwner(m.Rows))).ToList();
        _clues = summary.ClueRegister.ToLookup(r => r.Clue.Owner.Id, StringComparer.Ordinal);
        _cases = summary.CrossProvinceRegister.ToLookup(r => r.Case.Owner.Id, StringComparer.Ordinal);
        _villages = data.Villages.ToDictionary(v => v.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<VillageEntry> Index() =>
        _data.Owners.Select(owner =>
        {
            var (head, phone) = Contact(owner);
            var clues = _clues[owner.Id].ToList();
            return new VillageEntry(WorkStatsTable.OwnerLabel(owner), InternalUrls.Owner(owner), head, phone,
                clues.Count, clues.Count(c => !c.Clue.IsClosed));
        }).ToList();

    public VillagePage Page(Owner owner)
    {
        var (head, phone) = Contact(owner);
        Field[] facts = owner.IsTownship
            ? [new("办公室", head), new("联系电话", phone)]
            : [new("村主干", head), new("联系电话", phone)];
        var rounds = _rounds.Select(r =>
        {
            var row = r.Rows[owner.Id];
            return new VillagePeriod($"{r.Round.Round.Id}（统计截止 {Dates.Format(r.Round.Round.Cutoff)}）",
                _reportUrl(r.Round.Round.Id, owner), Dates.Format(r.Round.Round.Due), Badge(row),
                _remarks ? row.Report?.Remark ?? "" : "");
        }).ToList();
        var months = _months
            .Select(m => new VillagePeriod(m.Month.Month, null, Dates.Format(m.Month.Due), Badge(m.Rows[owner.Id])))
            .ToList();
        var clues = _clues[owner.Id].ToList();
        var cases = _cases[owner.Id].ToList();
        return new VillagePage(WorkStatsTable.OwnerLabel(owner), facts, rounds, months,
            RegisterTables.Clues(_data.Forms.Clue, clues, InternalUrls.Owner, showEmptyGroups: false), clues.Count,
            RegisterTables.CrossProvince(_data.Forms.CrossProvince, cases, InternalUrls.Owner), cases.Count);
    }

    private static StatusBadge Badge(OwnerRow row) => StatusBadge.Of(row);

    private (string Head, string Phone) Contact(Owner owner)
    {
        if (owner.IsTownship)
        {
            return (_data.Township?.Office ?? "", _data.Township?.Phone ?? "");
        }

        var village = _villages.GetValueOrDefault(owner.Id);
        return (village?.Head ?? "", village?.Phone ?? "");
    }

    private static Dictionary<string, OwnerRow> ByOwner(IEnumerable<OwnerRow> rows) =>
        rows.ToDictionary(r => r.Owner.Id, StringComparer.Ordinal);
}
