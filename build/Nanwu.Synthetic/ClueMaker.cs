using System.Text.Json.Nodes;
using Nanwu.Records.Values;

namespace Nanwu.Synthetic;

/// <summary>
/// Clues of 附件3 that pass every check: 发现 ≤ 立案 ≤ 结案 ≤ the last cut-off, 未兑付 ≤ 涉及,
/// amounts in 万元 with two decimals. Some were found before the campaign and are not counted.
/// </summary>
internal sealed class ClueMaker(JsonObject schema, FictionalNames names, CampaignPlan plan)
{
    private const string Filings = "提交有关部门审批备案情况";

    private static readonly DateOnly EarliestFound = new(2024, 5, 1);

    public GeneratedClue Make(SeededRandom random, string remark)
    {
        var last = plan.Rounds[^1].Cutoff;
        var found = RandomDay(random, EarliestFound, last);
        var filed = random.Chance(0.6) ? RandomDay(random, found, last) : (DateOnly?)null;
        var closed = filed is { } f && random.Chance(0.5) ? RandomDay(random, f, last) : (DateOnly?)null;
        var person = random.Chance(0.35);
        var amount = random.Next(50, 50_000) / 100m;
        var people = random.Next(1, 200);

        var record = new JsonObject
        {
            ["风险主体名称"] = person ? names.Person() : names.Company(),
            ["主体类型"] = person ? "个人" : "单位",
            ["所属行业领域"] = random.Pick(Choices.Of(schema, "所属行业领域")),
            ["线索来源"] = random.Pick(Choices.Of(schema, "线索来源")),
            ["发现时间"] = Dates.Format(found),
            ["是否具备规范条件"] = random.Pick(Choices.Of(schema, "是否具备规范条件")),
            [Filings] = FilingStates(random),
            ["是否属于非法集资"] = random.Pick(Choices.Of(schema, "是否属于非法集资")),
            ["处置路径"] = random.Pick(Choices.Of(schema, "处置路径")),
            ["立案时间"] = filed is { } fd ? Dates.Format(fd) : null,
            ["结案时间"] = closed is { } cd ? Dates.Format(cd) : null,
            ["涉及金额"] = amount,
            ["涉及人数"] = (decimal)people,
            ["未兑付金额"] = random.Next(0, (int)(amount * 100) + 1) / 100m,
            ["未兑付人数"] = (decimal)random.Next(0, people + 1),
            ["备注"] = remark,
        };
        return new GeneratedClue(record, found, remark);
    }

    private JsonObject FilingStates(SeededRandom random)
    {
        var states = new JsonObject();
        var filingsSchema = schema["properties"]![Filings]!.AsObject();
        foreach (var (authority, _) in filingsSchema["properties"]!.AsObject())
        {
            var options = Choices.Of(filingsSchema, authority);
            states[authority] = random.Chance(0.7) ? options[0] : random.Pick(options);
        }

        return states;
    }

    private static DateOnly RandomDay(SeededRandom random, DateOnly from, DateOnly to) =>
        from.AddDays(random.Next(0, to.DayNumber - from.DayNumber + 1));
}
