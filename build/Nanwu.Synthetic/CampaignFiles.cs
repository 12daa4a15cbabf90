using System.Text.Json.Nodes;
using Nanwu.Records.Model;
using Nanwu.Records.Values;

namespace Nanwu.Synthetic;

/// <summary>The township-wide files: township.yaml, leading-group.yaml, rounds.yaml and each village.yaml.</summary>
internal static class CampaignFiles
{
    public const string Township = "石泉乡";
    public const string DocumentNumber = "石政发〔2024〕9号";

    public static void Write(RecordFiles files, CampaignPlan plan, FictionalNames names)
    {
        files.Record(RecordKind.Township, "data/township.yaml", new JsonObject
        {
            ["名称"] = Township,
            ["所属县"] = "青岭县",
            ["主办单位"] = Township + "人民政府",
            ["办公室"] = "乡经济发展办",
            ["联系电话"] = "0358-5550100",
            ["举报渠道"] = "山西省非法集资线索举报小程序",
            ["备案号"] = "晋ICP备00000000号",
            ["网站标识码"] = "1499000009",
            ["办公室账号"] = new JsonArray("shiquan-office"),
        }, Township);
        files.Record(RecordKind.LeadingGroup, "data/leading-group.yaml", new JsonObject
        {
            ["文号"] = DocumentNumber,
            ["组长"] = names.Person(),
            ["副组长"] = new JsonArray(names.Person()),
            ["成员"] = new JsonArray(names.Person(), names.Person(), names.Person()),
            ["办公室"] = Township + "经济发展办",
            ["办公室职责"] = "承担专项行动日常工作。",
        }, DocumentNumber);
        files.Record(RecordKind.Rounds, "data/rounds.yaml", Rounds(plan), plan.Rounds[^1].Id);
    }

    public static void Village(RecordFiles files, GeneratedOwner village, FictionalNames names)
    {
        files.Record(RecordKind.Village, $"data/{village.Folder}/village.yaml", new JsonObject
        {
            ["名称"] = village.Name,
            ["村主干"] = names.Person(),
            ["联系电话"] = names.Phone(),
            ["提交账号"] = new JsonArray(village.Label),
        }, village.Name);
    }

    private static JsonObject Rounds(CampaignPlan plan)
    {
        var rounds = new JsonArray();
        foreach (var round in plan.Rounds)
        {
            rounds.Add(new JsonObject
            {
                ["编号"] = round.Id,
                ["统计截止"] = Dates.Format(round.Cutoff),
                ["报送期限"] = Dates.Format(round.Due),
            });
        }

        return new JsonObject
        {
            ["专项行动开始"] = Dates.Format(plan.Start),
            ["专项行动结束"] = Dates.Format(plan.End),
            ["启用日期"] = "2025-01-01",
            ["月报报送日"] = (decimal)CampaignPlan.MonthlyDueDay,
            ["轮次"] = rounds,
        };
    }
}
