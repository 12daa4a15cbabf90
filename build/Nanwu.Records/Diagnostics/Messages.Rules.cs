namespace Nanwu.Records.Diagnostics;

public static partial class Messages
{
    public static Diagnostic CrossProvinceExceedsTotal(SourceSpan span, string field, decimal part, decimal total) =>
        Make(Codes.CrossProvinceExceedsTotal, span, field,
            $"其中跨省案件立案量 {part} 大于立案数量合计 {total}；跨省案件是合计的一部分，不能多于合计");

    public static Diagnostic UnpaidExceedsInvolved(
        SourceSpan span, string field, string what, string unpaid, string involved) =>
        Make(Codes.UnpaidExceedsInvolved, span, field,
            $"未兑付{what} {unpaid} 大于涉及{what} {involved}；未兑付的只能是涉及的一部分");

    public static Diagnostic DateOrder(
        SourceSpan span, string field, string later, string earlierField, string earlier) =>
        Make(Codes.DateOrder, span, field,
            $"{later} 早于{earlierField} {earlier}；应为 发现时间 ≤ 立案时间 ≤ 结案时间");

    public static Diagnostic ClosedWithoutFiling(SourceSpan span, string field) =>
        Make(Codes.DateOrder, span, field, "有结案时间却没有立案时间；请补上立案时间，或在未立案时把结案时间留空");

    public static Diagnostic FutureDate(SourceSpan span, string field, string date, string asOf) =>
        Make(Codes.FutureDate, span, field, $"{date} 晚于数据截止日 {asOf}；日期不能是将来，请检查年份和月份");

    public static Diagnostic CreditCodeCheck(SourceSpan span, string field, string code, char expected) =>
        Make(Codes.CreditCodeCheck, span, field,
            $"统一社会信用代码“{code}”的校验位应为 {expected}；请对照营业执照重新核对（常见是抄错了某一位）");

    public static Diagnostic IdNumberCheck(SourceSpan span, string field, char expected) =>
        Make(Codes.IdNumberCheck, span, field,
            $"身份证号的校验位（最后一位）应为 {expected}；请对照身份证重新核对（常见是抄错了某一位）");

    public static Diagnostic UnknownCodeShape(SourceSpan span, string field, string code) =>
        Make(Codes.UnknownCodeShape, span, field,
            $"“{code}”既不是 18 位统一社会信用代码，也不是 18 位身份证号；请核对位数和字母（字母要大写）");

    public static Diagnostic PeopleUnit(SourceSpan span, string field, string value) =>
        Make(Codes.PeopleUnit, span, field,
            $"涉案人数 {value} 万人看起来是按“人”填的；本栏单位是万人，如 1200 人应填 0.12");

    public static Diagnostic MoneyUnit(SourceSpan span, string field, string value) =>
        Make(Codes.MoneyUnit, span, field,
            $"金额 {value} 万元超过十亿元，看起来是按“元”填的；本栏单位是万元，如 50000 元应填 5");

    public static Diagnostic MoneyDecimals(SourceSpan span, string field, string value) =>
        Make(Codes.MoneyDecimals, span, field,
            $"金额 {value} 的小数超过四位；万元金额最多四位小数（精确到元）");

    public static Diagnostic ClueCountMismatch(
        SourceSpan span, string field, decimal reported, int counted, string from, string to) =>
        Make(Codes.ClueCountMismatch, span, field,
            $"填报的发现数量是 {reported}，线索台账中 {from} 至 {to} 发现的线索有 {counted} 条；" +
            "请补录或更正 clues/ 中的线索，或改正本表的发现数量");

    public static Diagnostic SameSubject(SourceSpan span, string field, string subject, string others) =>
        Make(Codes.SameSubject, span, field,
            $"风险主体“{subject}”在 {others} 也有未结线索；请乡经济发展办统筹核实是否同一主体、由谁牵头处置");

    public static Diagnostic RunningTotalFell(
        SourceSpan span, string field, string previousRound, decimal before, decimal now) =>
        Make(Codes.RunningTotalFell, span, field,
            $"累计数从上一轮（{previousRound}）的 {before} 降到 {now}；累计数自专项行动开始只增不减，请核对两轮的数据");

    public static Diagnostic MonthlySumMismatch(
        SourceSpan span, string field, decimal reported, decimal summed, string from, string to) =>
        Make(Codes.MonthlySumMismatch, span, field,
            $"本表累计 {reported}，而 {from} 至 {to} 各月月报之和为 {summed}；请核对本表或月报，使两者一致");

    public static Diagnostic ReporterMismatch(SourceSpan span, string field, string written, string expected) =>
        Make(Codes.ReporterMismatch, span, field,
            $"填报单位写的是“{written}”，文件却在“{expected}”的目录下；请把文件放到本村目录，或把填报单位改为“{expected}”");

    public static Diagnostic ReportedTooEarly(SourceSpan span, string field, string reported, string periodEnd) =>
        Make(Codes.ReportedTooEarly, span, field,
            $"填报时间 {reported} 早于统计期结束日 {periodEnd}；请写实际填报的日期");

    public static Diagnostic MonthOutsideCampaign(SourceSpan span, string month, string first, string last) =>
        Make(Codes.MonthOutsideCampaign, span, "",
            $"月报月份 {month} 不在可报送的范围 {first} 至 {last} 内；请检查文件名中的年份和月份");

    public static Diagnostic ExpiryBeforePublish(SourceSpan span, string field, string expires, string published) =>
        Make(Codes.ExpiryBeforePublish, span, field,
            $"有效期至 {expires} 早于发布日期 {published}；请改正有效期，长期有效就留空");

    public static Diagnostic UnsafeMarkdown(SourceSpan span, string what) =>
        Make(Codes.UnsafeMarkdown, span, "",
            $"正文中有{what}，已从页面中去除；公告只用 Markdown 的文字、标题、列表、链接和图片");

    public static Diagnostic SameVillageName(SourceSpan span, string name, string otherId) =>
        Make(Codes.SameVillageName, span, "名称",
            $"村名“{name}”与 villages/{otherId} 的相同；各村名称要能区分，请写全称（如加上所在片区）");

    public static Diagnostic RoundsOrder(SourceSpan span, string field, string problem) =>
        Make(Codes.RoundsOrder, span, field, $"{problem}；请核对 rounds.yaml 中的日期");

    public static Diagnostic PrivateLeak(string publicFile, string privateSource, string mark) =>
        Make(Codes.PrivateLeak, SourceSpan.FileStart(publicFile), "",
            $"公开站点的这个文件含有 {privateSource} 中的隐私内容（{mark}）；已停止发布，" +
            "请从公告中删去它，或确有依据时在 data/public-allow.yaml 中登记理由");

    public static Diagnostic PrivateLeakInSource(
        SourceSpan span, IReadOnlyList<string> publicFiles, string privateSource, string mark)
    {
        var count = publicFiles.Count > 3 ? $" 等 {publicFiles.Count} 个文件中" : " 中";
        return Make(Codes.PrivateLeak, span, "",
            $"这里写的是 {privateSource} 中的隐私内容（{mark}），出现在公开站点的 " +
            $"{string.Join("、", publicFiles.Take(3))}{count}；已停止发布，" +
            "请从这里删去它（写法变了也认得出，如加空格、横线或标记），或确有依据时在 data/public-allow.yaml 中登记理由");
    }
}
