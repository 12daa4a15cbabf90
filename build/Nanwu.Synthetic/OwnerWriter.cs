using System.Text.Json.Nodes;
using Nanwu.Records.Model;
using Nanwu.Records.Values;

namespace Nanwu.Synthetic;

/// <summary>
/// Writes one owner's records: monthly reports, 附件2 for every round, clues and, for some
/// villages, a cross-province record. Adds the owner's round figures to the township totals.
/// </summary>
internal sealed class OwnerWriter(RecordFiles files, FormFigures figures, ClueMaker clues, CampaignPlan plan,
    SyntheticOptions options, Dictionary<string, Dictionary<string, decimal>> totals)
{
    public void Write(GeneratedOwner owner, FictionalNames names)
    {
        var random = SeededRandom.For(options.Seed, owner.Index, 1);
        var months = plan.Months;
        var flows = months.Select(_ => figures.Month(random)).ToList();

        var found = WriteClues(owner, random);
        WriteMonths(owner, random, months, flows);
        WriteRounds(owner, random, months, flows, found);
        if (owner.Index >= 0 && options.CrossProvinceEvery > 0 && owner.Index % options.CrossProvinceEvery == 0)
        {
            var name = $"{owner.Name}合成跨省案件{owner.Index + 1}号";
            var record = CrossProvinceMaker.Make(random, names, plan.Rounds[^1].Cutoff, name);
            files.Record(RecordKind.CrossProvince, $"data/{owner.Folder}/cross-province/{plan.Start.Year}-001.yaml",
                record, name);
        }
    }

    private List<DateOnly> WriteClues(GeneratedOwner owner, SeededRandom random)
    {
        var made = Enumerable.Range(0, options.CluesPerVillage)
            .Select(i => clues.Make(random, ""))
            .OrderBy(c => c.Found)
            .ToList();
        var perYear = new Dictionary<int, int>();
        foreach (var clue in made)
        {
            var year = clue.Found.Year;
            perYear[year] = perYear.GetValueOrDefault(year) + 1;
            var id = $"{year}-{perYear[year]:000}";
            var remark = $"合成线索 {owner.Label}/{id}";
            clue.Record["备注"] = remark;
            files.Record(RecordKind.Clue, $"data/{owner.Folder}/clues/{id}.yaml", clue.Record, remark);
        }

        return made.Select(c => c.Found).ToList();
    }

    private void WriteMonths(GeneratedOwner owner, SeededRandom random, IReadOnlyList<DateOnly> months,
        List<Dictionary<string, decimal>> flows)
    {
        for (var i = 0; i < Math.Min(options.MonthsPerVillage, months.Count); i++)
        {
            var reported = CampaignPlan.MonthEnd(months[i]).AddDays(random.Next(1, 11));
            var path = $"data/{owner.Folder}/monthly/{months[i]:yyyy-MM}.yaml";
            var record = FormFigures.Record(files.Schema(RecordKind.Monthly), Header(owner, reported), flows[i], "");
            files.Record(RecordKind.Monthly, path, record, null);
        }
    }

    private void WriteRounds(GeneratedOwner owner, SeededRandom random, IReadOnlyList<DateOnly> months,
        List<Dictionary<string, decimal>> flows, List<DateOnly> found)
    {
        IReadOnlyDictionary<string, decimal>? previous = null;
        foreach (var round in plan.Rounds)
        {
            var upTo = flows.Where((_, i) => months[i] <= round.Cutoff);
            var counted = found.Count(d => d >= plan.Start && d <= round.Cutoff);
            var values = figures.Round(random, upTo, counted, previous);
            var reported = round.Cutoff.AddDays(random.Next(1, 11));
            var remark = $"合成数据 {owner.Label} {round.Id} 工作情况统计表";
            var schema = files.Schema(RecordKind.WorkStats);
            var record = FormFigures.Record(schema, Header(owner, reported), values, remark);
            files.Record(RecordKind.WorkStats, $"data/{owner.Folder}/work-stats/{round.Id}.yaml", record, remark);
            Add(round.Id, values);
            previous = values;
        }
    }

    private void Add(string round, IReadOnlyDictionary<string, decimal> values)
    {
        if (!totals.TryGetValue(round, out var sum))
        {
            totals[round] = sum = new Dictionary<string, decimal>(StringComparer.Ordinal);
        }

        foreach (var (key, value) in values)
        {
            sum[key] = sum.GetValueOrDefault(key) + value;
        }
    }

    private static Dictionary<string, string> Header(GeneratedOwner owner, DateOnly reported) => new()
    {
        ["填报单位"] = owner.Name,
        ["填报时间"] = Dates.Format(reported),
        ["填报人"] = owner.Clerk,
        ["联系方式"] = owner.Phone,
    };
}
