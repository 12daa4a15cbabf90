namespace Nanwu.Records.Diagnostics;

public static partial class Messages
{
    public static Diagnostic WorkbookUnreadable(string workbook, string detail) =>
        Make(Codes.WorkbookUnreadable, SourceSpan.FileStart(workbook), "",
            $"工作簿无法打开（{detail}）；请用 Excel 或 WPS 打开后“另存为”Excel 工作簿（.xlsx）再导入");

    public static Diagnostic NoFormSheet(string workbook, IEnumerable<string> expected, IEnumerable<string> found) =>
        Make(Codes.NoFormSheet, SourceSpan.FileStart(workbook), "",
            $"工作簿里没有可导入的工作表（现有：{string.Join("、", found)}）；工作表应名为" +
            $"{string.Join("、", expected.Select(e => $"“{e}”"))}，请用系统导出的表格填写，不要改工作表的名字");

    public static Diagnostic OtherOwnersWorkbook(string workbook, string owner, string ownerId, string target) =>
        Make(Codes.WrongWorkbook, SourceSpan.FileStart(workbook), "",
            $"这是{owner}的表，不能导入到{target}；请换用本村的表，或把 --village 改为 {ownerId}");

    public static Diagnostic SummaryWorkbook(string workbook) =>
        Make(Codes.WrongWorkbook, SourceSpan.FileStart(workbook), "",
            "这是全乡汇总表，不能导入到某个村；请用各村自己的表（文件名以村的目录名开头）");

    public static Diagnostic HeaderNotFound(SourceSpan span, string firstLabel) =>
        Make(Codes.HeaderMismatch, span, "",
            $"找不到表头（第一栏应为“{firstLabel}”）；请用系统导出的表格填写，不要删改表头");

    public static Diagnostic HeaderMismatch(SourceSpan span, string expected, string found) =>
        Make(Codes.HeaderMismatch, span, "",
            $"表头这一格应为“{expected}”，实际是“{found}”；请用系统导出的表格，不要增删或移动栏目");

    public static Diagnostic NotANumber(SourceSpan span, string field, string text) =>
        Make(Codes.NotANumber, span, field, $"“{text}”不是数字；请只填阿拉伯数字，如 12 或 0.5");

    public static Diagnostic NotWhole(SourceSpan span, string field, string text, string unit) =>
        Make(Codes.NotANumber, span, field, $"“{text}”不是整数；本栏按{unit}计，请填整数");

    public static Diagnostic NotADate(SourceSpan span, string field, string text) =>
        Make(Codes.NotADate, span, field, $"“{text}”不是日期；请填 2025年6月13日 或 2025-06-13 这样的日期");

    public static Diagnostic NotAChoice(SourceSpan span, string field, string text, IEnumerable<string> allowed) =>
        Make(Codes.NotAChoice, span, field,
            $"“{text}”不是可选的值；请从以下选一个：{string.Join("、", allowed)}");

    public static Diagnostic BadFilings(SourceSpan span, string field, string text) =>
        Make(Codes.NotAChoice, span, field,
            $"“{text}”看不懂；请写“无”，或按“地方金融监管部门：已提交；其他：拟提交”的样子逐个写出部门和情况");

    public static Diagnostic EmptyCell(SourceSpan span, string field, string title) =>
        Make(Codes.EmptyCell, span, field, $"这一格是空的；请填写{title}");

    public static Diagnostic BlankAsDefault(SourceSpan span, string field, string value) =>
        Make(Codes.BlankAsDefault, span, field, $"这一格是空的，按“{value}”读入；没有的事项请直接填“{value}”");

    public static Diagnostic CodeAsNumber(SourceSpan span, string field, string shown) =>
        Make(Codes.CodeAsNumber, span, field,
            $"号码被存成了数字（{shown}），后面几位已经丢失；请把这一格设为“文本”格式后重新输入完整号码");

    public static Diagnostic MergedAcrossColumns(SourceSpan span, string range) =>
        Make(Codes.MergedAcrossColumns, span, "",
            $"{range} 把几栏合并成了一格；请取消合并，每栏各填各的值");

    public static Diagnostic BadRecordId(SourceSpan span, string id) =>
        Make(Codes.BadRecordId, span, "记录编号",
            $"记录编号“{id}”不合规；编号只用小写英文字母、数字和“-”，新增的行请把这一格留空");

    public static Diagnostic DuplicateRecordId(SourceSpan span, string id, string firstCell) =>
        Make(Codes.BadRecordId, span, "记录编号",
            $"记录编号“{id}”在 {firstCell} 已经用过；一条记录只占一行，复制来的行请把编号清空");

    public static Diagnostic SheetTooLarge(SourceSpan span, int rows, int limit) =>
        Make(Codes.SheetTooLarge, span, "",
            $"工作表有 {rows} 行，超过上限 {limit} 行，未读取；请检查是否选错了文件");

    public static Diagnostic RoundDiffers(string workbook, string written, string requested) =>
        Make(Codes.RoundDiffers, SourceSpan.FileStart(workbook), "",
            $"这份表是按 {written} 轮次导出的，现按 {requested} 导入；如果不是有意沿用上一轮的表，请检查 --round");

    public static Diagnostic SeveralReportRows(SourceSpan span, int rows) =>
        Make(Codes.SeveralReportRows, span, "",
            $"工作情况统计表填了 {rows} 行数据；一个村一轮只填一行，请删去多余的行");

    public static Diagnostic UnitConverted(SourceSpan span, string field, string text, string value, string unit) =>
        Make(Codes.UnitConverted, span, field,
            $"“{text}”已按本栏的单位换算为 {value}{unit}；请核对，以后直接按{unit}填数字");
}
