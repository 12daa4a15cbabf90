using System.Text.Json.Nodes;
using Nanwu.Loading;
using Nanwu.Loading.Schema;
using Nanwu.Loading.Writing;
using Nanwu.Records.Model;
using Nanwu.TestSupport;

namespace Nanwu.Git.Tests.Support;

/// <summary>Record files in the canonical form, written from the schemas with the values a test chooses.</summary>
public static class RecordText
{
    private static readonly SchemaSet Schemas = new(Repo.Path("schemas"));

    public static string WorkStats(
        string owner, string unit, string reportedOn, params (string Key, decimal Value)[] values) =>
        Form(RecordKind.WorkStats, $"data/villages/{owner}/work-stats/x.yaml", unit, reportedOn, values);

    public static string Monthly(
        string owner, string unit, string reportedOn, params (string Key, decimal Value)[] values) =>
        Form(RecordKind.Monthly, $"data/villages/{owner}/monthly/x.yaml", unit, reportedOn, values);

    public static string Clue(string subject, string foundOn, string? closedOn = null)
    {
        var schema = Schemas.NodeOf(RecordKind.Clue);
        var record = Scaffold.Blank(schema, new Dictionary<string, string>
        {
            ["风险主体名称"] = subject,
            ["主体类型"] = "单位",
            ["所属行业领域"] = "其他",
            ["线索来源"] = "自主摸排发现",
            ["发现时间"] = foundOn,
            ["是否具备规范条件"] = "否",
            ["是否属于非法集资"] = "待认定",
            ["处置路径"] = "行政",
        });
        foreach (var authority in new[] { "人民银行", "金融监管总局", "证监会", "地方金融监管部门", "其他" })
        {
            record["提交有关部门审批备案情况"]![authority] = "无";
        }

        if (closedOn is not null)
        {
            record["立案时间"] = foundOn;
            record["结案时间"] = closedOn;
        }

        var schemaPath = DataLoader.ExpectedSchemaPath("data/villages/x/clues/x.yaml", RecordKind.Clue);
        return CanonicalWriter.Write(schema, record, schemaPath);
    }

    public static string Village(string name, params string[] accounts) =>
        "# yaml-language-server: $schema=../../../schemas/village.schema.json\n" +
        $"名称: {name}\n村主干: 张三\n联系电话: \"0358-5550101\"\n提交账号:\n" +
        string.Concat(accounts.Select(a => $"  - \"{a}\"\n"));

    private static string Form(
        RecordKind kind, string path, string unit, string reportedOn, (string Key, decimal Value)[] values)
    {
        var schema = Schemas.NodeOf(kind);
        var record = Scaffold.Blank(schema, new Dictionary<string, string>
        {
            ["填报单位"] = unit,
            ["填报时间"] = reportedOn,
            ["填报人"] = "刘晓燕",
            ["联系方式"] = "0358-5550101",
        });
        foreach (var (key, value) in values)
        {
            var parts = key.Split('.');
            var node = record;
            foreach (var part in parts[..^1])
            {
                node = (JsonObject)node[part]!;
            }

            node[parts[^1]] = value;
        }

        return CanonicalWriter.Write(schema, record, DataLoader.ExpectedSchemaPath(path, kind));
    }
}
