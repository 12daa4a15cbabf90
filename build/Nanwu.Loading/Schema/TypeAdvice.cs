using System.Text.Json;
using System.Text.Json.Nodes;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Values;

namespace Nanwu.Loading.Schema;

/// <summary>
/// What to tell a clerk whose value has the wrong type, depending on what was written:
/// an amount with a unit, a number with leading zeros, a date the parser took for a number,
/// true/false for 是/否, an ID number without quotes.
/// </summary>
internal static class TypeAdvice
{
    public static Diagnostic For(SourceSpan span, string field, string[] expected, JsonNode? value, JsonObject rule)
    {
        var title = SchemaExplainer.Title(rule, field);
        var raw = SchemaExplainer.Raw(value);
        var wantsNumber = expected.Contains("integer") || expected.Contains("number");
        if (value is null)
        {
            return Messages.WrongType(span, field, "这一项空着", wantsNumber ? "请填数字，没有就填 0" : $"请填写{title}");
        }

        return wantsNumber ? ForNumber(span, field, expected, value, raw, title, rule)
            : expected.Contains("string") ? ForText(span, field, value, raw, title, rule)
            : Messages.WrongType(span, field, $"“{raw}”类型不对", $"应为 {string.Join(" 或 ", expected)}");
    }

    private static Diagnostic ForNumber(SourceSpan span, string field, string[] expected, JsonNode value,
        string raw, string title, JsonObject rule)
    {
        var unit = rule["x-nanwu-unit"]?.GetValue<string>();
        var isText = value is JsonValue s && s.GetValueKind() == JsonValueKind.String;
        if (isText && ClerkInput.WithoutLeadingZeros(raw) is { } plainNumber)
        {
            return Messages.LeadingZero(span, field, raw, plainNumber);
        }

        if (isText && ClerkInput.TryReadAmount(raw, unit) is var (amount, converted))
        {
            var plain = Money.Canonical(amount);
            return expected.Contains("integer") && !decimal.IsInteger(amount)
                ? Messages.WrongType(span, field, $"“{raw}”不是整数", $"{title}只能填整数")
                : converted ? Messages.AmountInOtherUnit(span, field, raw, plain, unit!)
                : Messages.WrongType(span, field, $"“{raw}”写成了文字",
                    $"请只写数字 {plain}（单位 {unit ?? "见表头"} 已在表头，不要写单位、逗号或全角数字）");
        }

        if (!isText && value is JsonValue)
        {
            return Messages.WrongType(span, field, $"“{raw}”不是整数", $"{title}只能填整数");
        }

        return Messages.WrongType(span, field, $"“{raw}”不是数字",
            $"请只写数字{(unit is null ? "" : $"（单位：{unit}）")}，没有就填 0");
    }

    private static Diagnostic ForText(SourceSpan span, string field, JsonNode value, string raw, string title,
        JsonObject rule)
    {
        var kind = value is JsonValue v ? v.GetValueKind() : JsonValueKind.Object;
        var choices = (rule["enum"] as JsonArray ?? []).Select(o => o?.ToString()).ToList();
        if (kind is JsonValueKind.True or JsonValueKind.False)
        {
            var yes = kind == JsonValueKind.True ? "是" : "否";
            return choices.Contains("是") && choices.Contains("否")
                ? Messages.WrongType(span, field, $"写成了 {raw}", $"请写汉字“{yes}”")
                : Messages.WrongType(span, field, $"写成了 {raw}，被当成了“是/否”",
                    $"这一项是文字，请加英文双引号，写成 \"{raw}\"");
        }

        if (kind == JsonValueKind.Number)
        {
            if (rule["format"]?.GetValue<string>() == "date")
            {
                return Messages.BadDate(span, field, raw,
                    ClerkInput.TryReadDate(raw) is { } date ? Dates.Format(date) : null);
            }

            return Messages.WrongType(span, field, $"“{raw}”被当成了数字，号码可能丢位或变形",
                $"请加英文双引号，写成 \"{raw}\"");
        }

        return Messages.WrongType(span, field, $"“{raw}”应是一段文字", $"请填写{title}");
    }
}
