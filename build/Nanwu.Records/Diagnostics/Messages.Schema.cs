namespace Nanwu.Records.Diagnostics;

public static partial class Messages
{
    public static Diagnostic MissingKey(SourceSpan span, string field, string title, string hint) =>
        Make(Codes.MissingKey, span, field, $"缺少“{Last(field)}”（{title}）；请补上这一项{hint}");

    public static Diagnostic UnknownKey(SourceSpan span, string field, string? closest, IEnumerable<string> allowed,
        string? key = null) =>
        Make(Codes.UnknownKey, span, field, closest is not null
            ? $"没有“{key ?? Last(field)}”这一项；是不是想写“{closest}”？"
            : $"没有“{key ?? Last(field)}”这一项；这一层可以写的是：{string.Join("、", allowed)}");

    public static Diagnostic WrongType(SourceSpan span, string field, string what, string fix) =>
        Make(Codes.WrongType, span, field, $"{what}；{fix}");

    public static Diagnostic NotInEnum(SourceSpan span, string field, string value, IEnumerable<string> allowed) =>
        Make(Codes.NotInEnum, span, field,
            $"“{value}”不是可选的值；请从以下选一个：{string.Join("、", allowed)}");

    public static Diagnostic BadDate(SourceSpan span, string field, string value, string? suggestion) =>
        Make(Codes.BadFormat, span, field, suggestion is not null
            ? $"“{value}”不是规定的日期写法；请写成 {suggestion}"
            : $"“{value}”不是日期；请写成 年-月-日，如 2024-07-05");

    public static Diagnostic Negative(SourceSpan span, string field, string value) =>
        Make(Codes.OutOfRange, span, field, $"“{value}”是负数；请填 0 或正数");

    public static Diagnostic TooBig(SourceSpan span, string field, string value, string maximum) =>
        Make(Codes.OutOfRange, span, field, $"“{value}”大于上限 {maximum}；请检查数值或单位");

    public static Diagnostic PatternMismatch(SourceSpan span, string field, string value, string rule) =>
        Make(Codes.PatternMismatch, span, field, $"“{value}”写法不对；{rule}");

    public static Diagnostic TooShort(SourceSpan span, string field, string title, int minimum) =>
        Make(Codes.SchemaOther, span, field, minimum <= 1
            ? $"这一项是空的；请填写{title}"
            : $"太短了；{title}至少要 {minimum} 个字");

    public static Diagnostic EmptyList(SourceSpan span, string field) =>
        Make(Codes.SchemaOther, span, field, "这一项不能为空；请至少写一项");

    public static Diagnostic RepeatedItem(SourceSpan span, string field, string value) =>
        Make(Codes.SchemaOther, span, field, $"“{value}”重复出现；每项只写一次");

    public static Diagnostic SchemaOther(SourceSpan span, string field, string detail) =>
        Make(Codes.SchemaOther, span, field, $"不符合 schema 的要求（{detail}）；请对照 docs/data-model.md 修改");

    private static string Last(string field) =>
        field.LastIndexOf('.') is var i and >= 0 ? field[(i + 1)..] : field;
}
