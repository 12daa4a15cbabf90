using System.Text.Json;
using System.Text.Json.Nodes;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Values;

namespace Nanwu.Loading.Schema;

/// <summary>
/// What to tell a clerk whose value has the wrong type, depending on what was written:
/// an amount with a unit, a number with leading zeros or too many digits, a date the parser
/// took for a number, true/false for 是/否, an ID number without quotes, a missing block.
/// </summary>
internal static class TypeAdvice
{
    // decimal is exact to 28 digits; a longer number is never rounded into a suggestion.
    private const int MaxDigits = 28;

    public static Diagnostic For(SourceSpan span, string field, string[] expected, JsonNode? value, JsonObject rule)
    {
        var title = SchemaExplainer.Title(rule, field);
        var raw = SchemaExplainer.Raw(value);
        var wantsNumber = expected.Contains("integer") || expected.Contains("number");
        if (value is null)
        {
            return Messages.WrongType(span, field, "这一项空着", wantsNumber ? "请填数字，没有就填 0"
                : expected.Contains("object") ? "请在下一行起缩进两格，逐项写出其中各栏"
                : expected.Contains("array") ? "请在下一行起每项一行，以“- ”开头写出"
                : $"请填写{title}");
        }

        return wantsNumber ? ForNumber(span, field, expected, value, raw, title, rule)
            : expected.Contains("string") ? ForText(span, field, value, raw, title, rule)
            : Messages.WrongType(span, field, $"“{raw}”类型不对", $"这里应是{string.Join("或", expected.Select(Name))}");
    }

    private static Diagnostic ForNumber(SourceSpan span, string field, string[] expected, JsonNode value,
        string raw, string title, JsonObject rule)
    {
        var unit = rule["x-nanwu-unit"]?.GetValue<string>();
        var kind = value is JsonValue v ? v.GetValueKind() : JsonValueKind.Object;
        if (kind == JsonValueKind.String && raw.Count(char.IsAsciiDigit) > MaxDigits)
        {
            return Messages.WrongType(span, field, $"“{raw}”的位数太多，无法精确计算", "请检查是否多写了数字或粘贴错了内容");
        }

        if (kind == JsonValueKind.String && ClerkInput.WithoutLeadingZeros(raw) is { } plainNumber)
        {
            return Messages.LeadingZero(span, field, raw, plainNumber);
        }

        if (kind == JsonValueKind.String && ClerkInput.TryReadAmount(raw, unit) is var (amount, converted))
        {
            var plain = Money.Canonical(amount);
            return expected.Contains("integer") && !decimal.IsInteger(amount)
                ? Messages.WrongType(span, field, $"“{raw}”不是整数", $"{title}只能填整数")
                : converted ? Messages.AmountInOtherUnit(span, field, raw, plain, unit!)
                : Messages.WrongType(span, field, $"“{raw}”写成了文字",
                    $"请只写数字 {plain}（单位 {unit ?? "见表头"} 已在表头，不要写单位、逗号或全角数字）");
        }

        if (kind == JsonValueKind.Number)
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
        var choices = (rule["enum"] as JsonArray ?? []).Select(o => o?.ToString() ?? "").ToList();
        if (rule["format"]?.GetValue<string>() == "date")
        {
            var suggestion = ClerkInput.TryReadDate(raw) is { } date ? Dates.Format(date) : null;
            return Messages.BadDate(span, field, raw, suggestion);
        }

        if (value is JsonObject or JsonArray)
        {
            var shape = value is JsonArray ? "列表" : "一组“名称: 值”";
            return Messages.WrongType(span, field, $"这里写成了{shape}", $"{title}只写一段文字，写在冒号后面同一行");
        }

        var yesNo = choices.Contains("是") && choices.Contains("否");
        if (kind is JsonValueKind.True or JsonValueKind.False && yesNo)
        {
            return Messages.WrongType(span, field, $"写成了 {raw}", $"请写汉字“{(kind == JsonValueKind.True ? "是" : "否")}”");
        }

        if (kind is JsonValueKind.True or JsonValueKind.False or JsonValueKind.Number && choices.Count > 0)
        {
            return Messages.NotInEnum(span, field, raw, choices);
        }

        if (kind is JsonValueKind.True or JsonValueKind.False)
        {
            return Messages.WrongType(span, field, $"写成了 {raw}，被当成了“是/否”",
                $"这一项是文字，请加英文双引号，写成 \"{raw}\"");
        }

        if (kind == JsonValueKind.Number)
        {
            // Note: every digit is quoted so the clerk can check it; terminals and CI logs show the
            // number whole, HTML pages mask ID numbers (IdNumberText).
            return Messages.WrongType(span, field, $"“{raw}”被当成了数字，号码可能丢位或变形",
                $"请加英文双引号，写成 \"{raw}\"");
        }

        return Messages.WrongType(span, field, $"“{raw}”应是一段文字", $"请填写{title}");
    }

    private static string Name(string type) => type switch
    {
        "object" => "缩进写在下面的一组“名称: 值”",
        "array" => "每项一行、以“- ”开头的列表",
        "boolean" => "是或否",
        "null" => "空",
        _ => "文字",
    };
}
