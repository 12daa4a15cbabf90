using System.Text.Json.Nodes;
using Nanwu.Records.Values;

namespace Nanwu.Synthetic;

/// <summary>A row of 附件4 with a valid code, 涉案人数 in 万人 and the case name as its marker.</summary>
internal static class CrossProvinceMaker
{
    private static readonly string[] Provinces = ["河北省石家庄市", "河南省郑州市", "陕西省西安市", "内蒙古自治区呼和浩特市"];

    public static JsonObject Make(SeededRandom random, FictionalNames names, DateOnly latest, string name)
    {
        var person = random.Chance(0.3);
        var subject = person ? names.Person() : names.Company();
        var place = "山西省青岭县";
        return new JsonObject
        {
            ["类型"] = random.Chance(0.7) ? "案件" : "风险",
            ["名称"] = name,
            ["发现或立案时间"] = Dates.Format(latest.AddDays(-random.Next(0, 300))),
            ["涉案企业或个人名称"] = subject,
            ["统一信用编码或身份证"] = person ? FictionalCodes.IdNumber(random) : FictionalCodes.CreditCode(random),
            ["涉及金额"] = random.Next(100, 900_000) / 100m,
            ["涉案人数"] = random.Next(1, 5000) / 10_000m,
            ["当前办理阶段"] = random.Chance(0.5) ? "侦查" : "审查起诉",
            ["资金清退率"] = random.Next(0, 10_001) / 100m,
            ["主办地"] = place,
            ["协办地"] = random.Pick(Provinces),
            ["注册地"] = place,
            ["司法管辖意见及主要依据"] = "犯罪地在青岭县，由青岭县公安局立案侦查。",
            ["涉稳简要情况"] = "平稳",
        };
    }
}
