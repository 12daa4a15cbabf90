namespace Nanwu.Records.Diagnostics;

/// <summary>
/// Every user-facing diagnostic text, one factory per message, in Chinese. Each says what is
/// wrong, then after "；" what would be right. Tests assert on these factories.
/// </summary>
public static partial class Messages
{
    private static Diagnostic Make(DiagnosticCode code, SourceSpan span, string field, string text) =>
        new(code, span, field, text);

    // YAML

    public static Diagnostic TabIndent(SourceSpan span) =>
        Make(Codes.YamlSyntax, span, "",
            "这一行用制表符（Tab）缩进；YAML 只能用空格缩进，请把 Tab 换成两个空格");

    public static Diagnostic YamlSyntax(SourceSpan span, string detail) =>
        Make(Codes.YamlSyntax, span, "",
            $"YAML 写法有误（{YamlProblems.Explain(detail)}）；请检查这一行及上一行的缩进、冒号后的空格和引号是否成对");

    public static Diagnostic EmptyFile(SourceSpan span) =>
        Make(Codes.EmptyFile, span, "",
            "文件是空的（或只有注释）；请按 docs/data-model.md 填写全部字段，或删除这个文件");

    public static Diagnostic MultipleDocuments(SourceSpan span) =>
        Make(Codes.MultipleDocuments, span, "",
            "文件里有第二个“---”开始的文档；一个文件只写一条记录，请删去多余的部分");

    public static Diagnostic NotMapping(SourceSpan span) =>
        Make(Codes.NotMapping, span, "",
            "文件顶层不是“键: 值”的形式；请按 docs/data-model.md 的样例逐项填写");

    public static Diagnostic TooManyNodes(SourceSpan span, int limit) =>
        Make(Codes.TooManyNodes, span, "",
            $"文件中的值超过 {limit} 个，已停止读取；一条记录远用不了这么多，请检查文件是否放错");

    public static Diagnostic TooDeep(SourceSpan span, string field, int limit) =>
        Make(Codes.TooDeep, span, field,
            $"嵌套超过 {limit} 层，已停止读取；记录最多只有四五层，请检查缩进");

    public static Diagnostic Alias(SourceSpan span, string field) =>
        Make(Codes.Alias, span, field,
            "用了锚点（&）、别名（*）或合并键（<<）；记录文件里请把每个值直接写出来");

    public static Diagnostic ComplexKey(SourceSpan span, string field) =>
        Make(Codes.YamlSyntax, span, field,
            "键不是一段文字；键应写成“名称: 值”，名称用表格上的中文");

    public static Diagnostic DuplicateKey(SourceSpan span, string field, int firstLine) =>
        Make(Codes.DuplicateKey, span, field,
            $"这个键在第 {firstLine} 行已经写过；同一层里每个键只写一次，请删去其中一个");

    public static Diagnostic MissingFrontMatter(SourceSpan span) =>
        Make(Codes.FrontMatter, span, "",
            "文件开头没有用“---”包起来的 front matter；请在第一行写“---”，" +
            "接着写标题、发布单位、发布日期等，再用一行“---”结束");
}
