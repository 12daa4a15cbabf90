using System.Text.Json.Nodes;
using Nanwu.Loading.Files;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Forms;

namespace Nanwu.Loading.Forms;

/// <summary>Reads the form definitions (schemas/forms/*.form.yaml) into column trees.</summary>
public static class FormLoader
{
    public static FormDefinition? Load(string repoRoot, string relative, ICollection<Diagnostic> diagnostics)
    {
        var full = Path.Combine(repoRoot, relative);
        if (!File.Exists(full))
        {
            diagnostics.Add(Messages.MissingRequiredFile(relative));
            return null;
        }

        var text = TextDecoder.Decode(relative, File.ReadAllBytes(full), diagnostics);
        var doc = text is null ? null : new YamlReader(ReadLimits.Default).Read(relative, text, diagnostics);
        if (doc is null)
        {
            return null;
        }

        var root = doc.Root;
        return new FormDefinition(
            root["名称"]?.GetValue<string>() ?? "",
            (int)(root["附件"]?.GetValue<decimal>() ?? 0),
            Strings(root["表头"]),
            Columns(root["列"]),
            Strings(root["备注"]));
    }

    private static List<FormColumn> Columns(JsonNode? node) =>
        (node as JsonArray ?? []).Select(c => Column(c!.AsObject())).ToList();

    private static FormColumn Column(JsonObject node) => new(
        node["标签"]?.GetValue<string>() ?? "",
        node["键"]?.GetValue<string>(),
        node["单位"]?.GetValue<string>(),
        ValueOf(node["值"]?.GetValue<string>()),
        node["口径"]?.GetValue<string>() switch
        {
            "累计" => Measure.RunningTotal,
            "余额" => Measure.Balance,
            _ => Measure.None,
        },
        node["分组"]?.GetValue<string>(),
        node["派生"] is JsonValue d && d.GetValue<bool>(),
        Columns(node["列"]));

    private static ValueKind ValueOf(string? name) => name switch
    {
        "计数" => ValueKind.Count,
        "金额" => ValueKind.Money,
        "万人" => ValueKind.TenThousandPeople,
        "百分比" => ValueKind.Percent,
        "日期" => ValueKind.Date,
        "枚举" => ValueKind.Choice,
        _ => ValueKind.Text,
    };

    private static List<string> Strings(JsonNode? node) =>
        (node as JsonArray ?? []).Select(s => s!.GetValue<string>()).ToList();
}
