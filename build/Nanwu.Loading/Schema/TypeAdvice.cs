using System.Text.Json;
using System.Text.Json.Nodes;
using Nanwu.Records.Values;

namespace Nanwu.Loading.Schema;

/// <summary>What to tell a clerk whose value has the wrong type, depending on what was written.</summary>
internal static class TypeAdvice
{
    public static (string What, string Fix) For(string[] expected, JsonNode? value, string title, JsonObject rule)
    {
        var raw = SchemaExplainer.Raw(value);
        var wantsNumber = expected.Contains("integer") || expected.Contains("number");
        var unit = rule["x-nanwu-unit"]?.GetValue<string>();

        if (value is null)
        {
            return ("这一项空着", wantsNumber ? "请填数字，没有就填 0" : $"请填写{title}");
        }

        if (wantsNumber)
        {
            if (value is JsonValue s && s.GetValueKind() == JsonValueKind.String
                && ClerkInput.TryReadNumber(raw) is { } n)
            {
                var plain = Money.Canonical(n);
                return expected.Contains("integer") && !decimal.IsInteger(n)
                    ? ($"“{raw}”不是整数", $"{title}只能填整数")
                    : ($"“{raw}”写成了文字", $"请只写数字 {plain}（单位 {unit ?? "见表头"} 已在表头，不要写单位、逗号或全角数字）");
            }

            if (value is JsonValue v && v.GetValueKind() == JsonValueKind.Number)
            {
                return ($"“{raw}”不是整数", $"{title}只能填整数");
            }

            return ($"“{raw}”不是数字", $"请只写数字{(unit is null ? "" : $"（单位：{unit}）")}，没有就填 0");
        }

        if (expected.Contains("string"))
        {
            if (value is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
            {
                return ($"写成了 {raw}", "请写汉字“是”或“否”");
            }

            if (value is JsonValue n && n.GetValueKind() == JsonValueKind.Number)
            {
                return ($"“{raw}”被当成了数字，号码可能丢位或变形", $"请加英文双引号，写成 \"{raw}\"");
            }

            return ($"“{raw}”应是一段文字", $"请填写{title}");
        }

        return ($"“{raw}”类型不对", $"应为 {string.Join(" 或 ", expected)}");
    }
}
