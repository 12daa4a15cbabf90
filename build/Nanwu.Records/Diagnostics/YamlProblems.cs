namespace Nanwu.Records.Diagnostics;

/// <summary>
/// Chinese for the YAML parser's most common complaints. Anything not listed keeps the
/// parser's own words after a Chinese lead, so nothing is lost.
/// </summary>
public static class YamlProblems
{
    private static readonly (string English, string Chinese)[] Known =
    [
        ("double-quoted scalar, found wrong indentation", "双引号没有成对，引号里的内容跨到了下一行"),
        ("found unexpected end of stream", "文件在引号或括号闭合之前就结束了"),
        ("did not find expected key", "这里应是“键: 值”，缩进可能不对"),
        ("mapping values are not allowed in this context", "这里不能出现“键: 值”；值里有冒号时请给整个值加引号"),
        ("did not find expected ',' or ']'", "方括号列表没有闭合"),
        ("did not find expected ',' or '}'", "花括号没有闭合"),
        ("could not find expected ':'", "键后面缺少冒号"),
        ("found character that cannot start any token", "有不能出现在这里的字符（如 @、` 或 Tab）"),
        ("while parsing a block mapping", "缩进不齐，同一层的键要对齐"),
        ("found invalid mapping", "这一行的缩进和上一行不一致，冒号前的内容被当成了上一行的值"),
        ("did not find expected <document end>", "记录之后还有多余的内容，可能是缩进到最左边的文字或多出的“---”"),
        ("while scanning a block scalar", "“|”或“>”开头的值后面只能换行；值里有这两个符号时请给整个值加引号"),
        ("mapping keys are not allowed in this context", "这里不能用“? ”开头的键；请按“名称: 值”来写"),
        ("while scanning an anchor", "“&”后面应是锚点名；值里有“&”时请给整个值加引号"),
        ("while scanning an alias", "“*”后面应是别名；值里有“*”时请给整个值加引号"),
        ("while scanning a tag", "“!”开头的是 YAML 标签；值里有“!”时请给整个值加引号"),
        ("while scanning a directive", "“%”开头的一行是 YAML 指令；值里有“%”时请给整个值加引号"),
        ("found undefined tag handle", "“!”开头的是 YAML 标签；值里有“!”时请给整个值加引号"),
        ("while scanning a quoted scalar", "引号里的内容有误（可能是引号没有成对，或有无效的转义 \\）"),
        ("while scanning a simple key", "键太长或键后面没有冒号"),
        ("while parsing a block collection", "列表项缩进不齐"),
    ];

    public static string Explain(string detail)
    {
        foreach (var (english, chinese) in Known)
        {
            if (detail.Contains(english, StringComparison.OrdinalIgnoreCase))
            {
                return chinese;
            }
        }

        return "解析器提示：" + detail;
    }
}
