namespace Nanwu.Records.Diagnostics;

public static partial class Codes
{
    // H: hostile and messy input that the other letters do not cover
    public static readonly DiagnosticCode LineTooLong = new("H001", E, "一行过长");
    public static readonly DiagnosticCode KindMismatch = new("H002", E, "文件内容是另一种记录");
    public static readonly DiagnosticCode MarkupInFrontMatter = new("H003", W, "公告标题或摘要中有网页代码");
    public static readonly DiagnosticCode RepeatedRound = new("H004", E, "轮次编号重复");
    public static readonly DiagnosticCode PeriodMismatch = new("H005", W, "文件名的轮次与填报时间不符");
    public static readonly DiagnosticCode MarkdownTooDeep = new("H006", E, "公告正文嵌套过深，正文未显示");
}
