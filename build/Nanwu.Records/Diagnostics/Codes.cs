namespace Nanwu.Records.Diagnostics;

/// <summary>
/// Every diagnostic code Nanwu can emit. docs/diagnostics.md is this list as a table;
/// a test keeps the two the same. Each concern may add its codes in its own partial file
/// (Codes.&lt;Concern&gt;.cs) with a letter of its own.
/// </summary>
public static partial class Codes
{
    private const Severity E = Severity.Error;
    private const Severity W = Severity.Warning;

    // F: files and places in data/
    public static readonly DiagnosticCode UnknownFile = new("F001", E, "data/ 中有不认识的文件");
    public static readonly DiagnosticCode BadId = new("F002", E, "文件名（编号）不合规");
    public static readonly DiagnosticCode Symlink = new("F003", E, "不接受符号链接");
    public static readonly DiagnosticCode NotUtf8 = new("F004", E, "文件不是 UTF-8 编码");
    public static readonly DiagnosticCode TooLarge = new("F005", E, "文件过大");
    public static readonly DiagnosticCode MissingVillageFile = new("F006", E, "村目录缺少 village.yaml");
    public static readonly DiagnosticCode UnknownRound = new("F007", E, "轮次不在 rounds.yaml 中");
    public static readonly DiagnosticCode BadMonth = new("F008", E, "月报月份不合规");
    public static readonly DiagnosticCode MissingRequiredFile = new("F009", E, "缺少必需的文件");
    public static readonly DiagnosticCode SchemaLine = new("F010", W, "首行未正确声明 schema");
    public static readonly DiagnosticCode CannotRead = new("F011", E, "文件无法读取");

    // Y: YAML and front matter
    public static readonly DiagnosticCode YamlSyntax = new("Y001", E, "YAML 语法错误");
    public static readonly DiagnosticCode DuplicateKey = new("Y002", E, "同一层里键重复");
    public static readonly DiagnosticCode EmptyFile = new("Y003", E, "文件没有内容");
    public static readonly DiagnosticCode TooDeep = new("Y004", E, "嵌套层数过多");
    public static readonly DiagnosticCode Alias = new("Y005", E, "不允许使用锚点、别名或合并键");
    public static readonly DiagnosticCode MultipleDocuments = new("Y006", E, "一个文件只能有一个文档");
    public static readonly DiagnosticCode NotMapping = new("Y007", E, "文件顶层应是“键: 值”的映射");
    public static readonly DiagnosticCode TooManyNodes = new("Y008", E, "节点数量过多");
    public static readonly DiagnosticCode FrontMatter = new("Y009", E, "Markdown 缺少 front matter");

    // S: JSON Schema
    public static readonly DiagnosticCode MissingKey = new("S001", E, "缺少字段");
    public static readonly DiagnosticCode UnknownKey = new("S002", E, "未知字段");
    public static readonly DiagnosticCode WrongType = new("S003", E, "值的类型不对");
    public static readonly DiagnosticCode NotInEnum = new("S004", E, "值不在可选范围内");
    public static readonly DiagnosticCode BadFormat = new("S005", E, "日期等格式不对");
    public static readonly DiagnosticCode OutOfRange = new("S006", E, "数值超出允许范围");
    public static readonly DiagnosticCode PatternMismatch = new("S007", E, "写法不符合要求");
    public static readonly DiagnosticCode SchemaOther = new("S008", E, "不符合 schema 的其他要求");

    // R: domain rules
    public static readonly DiagnosticCode CrossProvinceExceedsTotal = new("R001", E, "其中跨省案件多于立案合计");
    public static readonly DiagnosticCode UnpaidExceedsInvolved = new("R002", E, "未兑付多于涉及");
    public static readonly DiagnosticCode DateOrder = new("R003", E, "日期先后顺序不对");
    public static readonly DiagnosticCode FutureDate = new("R004", E, "日期晚于数据截止日");
    public static readonly DiagnosticCode CreditCodeCheck = new("R005", E, "统一社会信用代码校验位不对");
    public static readonly DiagnosticCode IdNumberCheck = new("R006", E, "身份证号校验位不对");
    public static readonly DiagnosticCode UnknownCodeShape = new("R007", E, "既不是统一社会信用代码也不是身份证号");
    public static readonly DiagnosticCode PeopleUnit = new("R008", W, "涉案人数看起来是按“人”填的");
    public static readonly DiagnosticCode MoneyUnit = new("R009", W, "金额看起来是按“元”填的");
    public static readonly DiagnosticCode MoneyDecimals = new("R010", E, "金额小数超过四位");
    public static readonly DiagnosticCode ClueCountMismatch = new("R011", E, "发现数量与线索台账不一致");
    public static readonly DiagnosticCode SameSubject = new("R012", W, "同一风险主体在多个村未结");
    public static readonly DiagnosticCode RunningTotalFell = new("R013", W, "累计数比上一轮少");
    public static readonly DiagnosticCode MonthlySumMismatch = new("R014", E, "月报合计与本轮累计数不一致");
    public static readonly DiagnosticCode ReporterMismatch = new("R015", E, "填报单位与文件所在目录不符");
    public static readonly DiagnosticCode ReportedTooEarly = new("R016", W, "填报时间早于统计期结束");
    public static readonly DiagnosticCode MonthOutsideCampaign = new("R017", E, "月报月份不在专项行动期间");
    public static readonly DiagnosticCode ExpiryBeforePublish = new("R018", E, "有效期早于发布日期");
    public static readonly DiagnosticCode UnsafeMarkdown = new("R019", W, "公告中的不安全内容已去除");
    public static readonly DiagnosticCode RoundsOrder = new("R020", E, "轮次日期不合理");
    public static readonly DiagnosticCode PrivateLeak = new("R021", E, "公开站点出现了隐私内容");
    public static readonly DiagnosticCode AllowListUnused = new("R022", W, "公开例外清单中的条目未被使用");
    public static readonly DiagnosticCode SameVillageName = new("R023", E, "两个村的名称相同");

    private static readonly Lazy<IReadOnlyList<DiagnosticCode>> AllCodes = new(() =>
        typeof(Codes).GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Select(f => (DiagnosticCode)f.GetValue(null)!)
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToList());

    /// <summary>All codes in order, for the documentation table (read once every field is set).</summary>
    public static IReadOnlyList<DiagnosticCode> All => AllCodes.Value;
}
