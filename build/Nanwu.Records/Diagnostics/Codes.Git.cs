namespace Nanwu.Records.Diagnostics;

public static partial class Codes
{
    // G: the Git workflow (ownership, closed rounds, arrival on main, pushes)
    public static readonly DiagnosticCode ForeignFile = new("G001", E, "村账号改动了本村目录以外的文件");
    public static readonly DiagnosticCode ClosedRoundChanged = new("G002", E, "改动已截止轮次的文件却未注明更正理由");
    public static readonly DiagnosticCode ArrivalDisagrees = new("G003", W, "填报时间与进入主干的日期对是否逾期判断不一");
    public static readonly DiagnosticCode UnknownAccount = new("G004", E, "账号不在任何名单中");
    public static readonly DiagnosticCode RoundTagByVillage = new("G005", E, "只有乡办公室账号可以改动轮次标签");
    public static readonly DiagnosticCode MainRewritten = new("G006", E, "主干的历史被改写或删除");
    public static readonly DiagnosticCode SubmoduleUnavailable = new("G007", E, "子模块指向的提交在村仓库中找不到");
}
