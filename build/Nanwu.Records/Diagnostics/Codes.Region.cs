namespace Nanwu.Records.Diagnostics;

public static partial class Codes
{
    // A: a county's or province's repository (data/townships/<乡镇>/…)
    public static readonly DiagnosticCode OutsideTownshipFolder = new("A001", E, "地区仓库中乡镇的文件放在了顶层");
    public static readonly DiagnosticCode BadTownshipId = new("A002", E, "乡镇目录名不合规");
    public static readonly DiagnosticCode SameTownshipName = new("A003", E, "两个乡镇的名称相同");
}
