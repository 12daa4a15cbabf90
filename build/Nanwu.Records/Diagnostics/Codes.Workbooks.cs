namespace Nanwu.Records.Diagnostics;

public static partial class Codes
{
    // X: workbooks (nanwu import reads a filled form back into record files)
    public static readonly DiagnosticCode WorkbookUnreadable = new("X001", E, "工作簿无法打开");
    public static readonly DiagnosticCode NoFormSheet = new("X002", E, "工作簿中没有可导入的表");
    public static readonly DiagnosticCode WrongWorkbook = new("X003", E, "工作簿不是这个村的表");
    public static readonly DiagnosticCode HeaderMismatch = new("X004", E, "表头与表格定义不符");
    public static readonly DiagnosticCode NotANumber = new("X005", E, "单元格不是所要的数字");
    public static readonly DiagnosticCode NotADate = new("X006", E, "单元格不是日期");
    public static readonly DiagnosticCode NotAChoice = new("X007", E, "单元格的值不在可选范围内");
    public static readonly DiagnosticCode EmptyCell = new("X008", E, "必填的单元格是空的");
    public static readonly DiagnosticCode BlankAsDefault = new("X009", W, "空白单元格按默认值读入");
    public static readonly DiagnosticCode CodeAsNumber = new("X010", E, "号码被存成了数字，位数已丢失");
    public static readonly DiagnosticCode MergedAcrossColumns = new("X011", E, "合并单元格跨了几栏");
    public static readonly DiagnosticCode BadRecordId = new("X012", E, "记录编号重复或不合规");
    public static readonly DiagnosticCode SheetTooLarge = new("X013", E, "工作表的行数过多");
    public static readonly DiagnosticCode RoundDiffers = new("X014", W, "工作簿的轮次与导入的轮次不同");
    public static readonly DiagnosticCode SeveralReportRows = new("X015", E, "工作情况统计表有多行数据");
    public static readonly DiagnosticCode UnitConverted = new("X016", W, "按所写的单位换算了数值");
}
