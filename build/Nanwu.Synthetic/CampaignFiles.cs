using System.Text.Json.Nodes;
using Nanwu.Records.Model;
using Nanwu.Records.Values;

namespace Nanwu.Synthetic;

/// <summary>The township-wide files: township.yaml, leading-group.yaml, rounds.yaml and each village.yaml.</summary>
internal static class CampaignFiles
{
    public const string TownshipName = "石泉乡";
    public const string DocumentNumber = "石政发〔2024〕9号";

    public const string County = "青岭县";

    /// <summary>
    /// The township's own files below <paramref name="folder"/> ("data/" or a region's township folder).
    /// </summary>
    public static void Township(RecordFiles files, string folder, string township, string account,
        FictionalNames names)
    {
        files.Record(RecordKind.Township, folder + "township.yaml", new JsonObject
        {
            ["名称"] = township,
            ["所属县"] = County,
            ["主办单位"] = township + "人民政府",
            ["办公室"] = "乡经济发展办",
            ["联系电话"] = "0358-5550100",
            ["举报渠道"] = "山西省非法集资线索举报小程序",
            ["备案号"] = "晋ICP备00000000号",
            ["网站标识码"] = "1499000009",
            ["办公室账号"] = new JsonArray(account),
        }, township);
        files.Record(RecordKind.LeadingGroup, folder + "leading-group.yaml", new JsonObject
        {
            ["文号"] = DocumentNumber,
            ["组长"] = names.Person(),
            ["副组长"] = new JsonArray(names.Person()),
            ["成员"] = new JsonArray(names.Person(), names.Person(), names.Person()),
            ["办公室"] = township + "经济发展办",
            ["办公室职责"] = "承担专项行动日常工作。",
        }, DocumentNumber);
    }

    public static void Rounds(RecordFiles files, CampaignPlan plan) =>
        files.Record(RecordKind.Rounds, "data/rounds.yaml", Rounds(plan), plan.Rounds[^1].Id);

    /// <summary>A county's or province's region.yaml: the host of the public site.</summary>
    public static void Region(RecordFiles files, string name, string level) =>
        files.Record(RecordKind.Region, "data/region.yaml", new JsonObject
        {
            ["名称"] = name,
            ["级别"] = level,
            ["主办单位"] = name + "人民政府",
            ["办公室"] = name + "处置非法集资工作领导小组办公室",
            ["联系电话"] = "0358-5550200",
            ["举报渠道"] = "山西省非法集资线索举报小程序",
            ["备案号"] = "晋ICP备00000000号",
            ["网站标识码"] = "1499000008",
        }, name);

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
