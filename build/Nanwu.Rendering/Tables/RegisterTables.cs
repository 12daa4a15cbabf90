using Nanwu.Aggregation;
using Nanwu.Records.Forms;
using Nanwu.Records.Model;

namespace Nanwu.Rendering.Tables;

/// <summary>
/// The registers as tables: 附件3 grouped by the six 所属行业领域 in printed order, 附件4 in
/// register order; each row led by the owner (报送单位) linked to its page.
/// </summary>
public static class RegisterTables
{
    private const string OwnerColumn = "报送单位";

    /// <summary>附件3; with <paramref name="showEmptyGroups"/>, every category appears, 无 when it has no clue.</summary>
    public static FormTable Clues(
        FormDefinition form, IEnumerable<ClueRow> register, Func<Owner, string> ownerUrl, bool showEmptyGroups)
    {
        var rows = register.ToList();
        var domains = ClueDomains.Ordered
            .Concat(rows.Select(r => r.Clue.Domain).Where(d => ClueDomains.Rank(d) > ClueDomains.Ordered.Count))
            .Distinct(StringComparer.Ordinal);
        var body = new List<TableRow>();
        foreach (var domain in domains)
        {
            var inGroup = rows.Where(r => r.Clue.Domain == domain).ToList();
            if (inGroup.Count == 0 && !showEmptyGroups)
            {
                continue;
            }

            body.Add(TableRow.Group(GroupHeading(domain)));
            body.AddRange(inGroup.Count == 0
                ? [new TableRow(RowKind.Empty, "无", null, null, [])]
                : inGroup.Select(r => Row(r.Clue.Owner, ownerUrl, form, key => ClueFields.Get(r, key))));
        }

        return new FormTable(FormHeads.Of(form, OwnerColumn), body, HasLabel: true, HasStatus: false);
    }

    /// <summary>附件4, one row per case.</summary>
    public static FormTable CrossProvince(
        FormDefinition form, IEnumerable<CrossProvinceRow> register, Func<Owner, string> ownerUrl)
    {
        var body = register.Select(r => Row(r.Case.Owner, ownerUrl, form, key => CrossProvinceFields.Get(r, key)));
        return new FormTable(FormHeads.Of(form, OwnerColumn), body.ToList(), HasLabel: true, HasStatus: false);
    }

    /// <summary>(1) 虚拟货币、区块链…: the printed number in front of a category.</summary>
    public static string GroupHeading(string domain)
    {
        var rank = ClueDomains.Rank(domain);
        return rank <= ClueDomains.Ordered.Count ? $"({rank}) {domain}" : domain;
    }

    private static TableRow Row(
        Owner owner, Func<Owner, string> ownerUrl, FormDefinition form, Func<string?, object?> get) =>
        new(RowKind.Item, WorkStatsTable.OwnerLabel(owner), ownerUrl(owner), null,
            form.Leaves.Select(leaf => CellFormat.Of(leaf.Value, get(leaf.Key))).ToList());
}
