using System.Text.Json.Nodes;
using Nanwu.Records.Model;
using Nanwu.Records.Values;

namespace Nanwu.Synthetic;

/// <summary>Public notices in plain Chinese; no names or numbers of anyone, so the public wall stays quiet.</summary>
internal static class NoticeMaker
{
    private const string Body = """
        ## 什么是非法集资

        未经依法许可，向社会公众吸收资金，承诺还本付息或者给予回报，就是非法集资。

        ## 怎么识别

        - 承诺高额回报，“稳赚不赔”；
        - 拉亲戚朋友入伙，按人头给提成；
        - 没有金融许可，却说“政府支持”。

        ## 发现了怎么办

        请通过**山西省非法集资线索举报小程序**举报，也可以到乡经济发展办反映。

        """;

    public static void Write(RecordFiles files, SeededRandom random, string publisher, DateOnly latest, int count)
    {
        var domains = Choices.Of(files.Schema(RecordKind.Notice), "领域");
        for (var i = 1; i <= count; i++)
        {
            var title = $"防范非法集资提示（第{i}期）";
            var record = new JsonObject
            {
                ["$schema"] = "../../schemas/notice.schema.json",
                ["标题"] = title,
                ["发布单位"] = publisher,
                ["发布日期"] = Dates.Format(latest.AddDays(-random.Next(0, 400))),
                ["有效期至"] = null,
                ["领域"] = new JsonArray(random.Pick(domains)),
                ["摘要"] = "提醒大家认清非法集资的常见套路，守好自己的钱袋子。",
            };
            files.Markdown(RecordKind.Notice, $"data/notices/tishi-{i:000}.md", record, Body, title);
        }
    }
}
