namespace Nanwu.Records.Diagnostics;

public static partial class Messages
{
    public static Diagnostic LineTooLong(SourceSpan span, int length, int limit) =>
        Make(Codes.LineTooLong, span, "",
            $"这一行有 {length:N0} 个字符，超过上限 {limit:N0}，文件未读取；记录和公告的一行远用不了这么多，" +
            "请检查是否粘贴进了图片数据或整篇文字，长段落请分行");

    public static Diagnostic KindMismatch(string path, string looksLike, string here, string folder) =>
        Make(Codes.KindMismatch, SourceSpan.FileStart(path), "",
            $"文件内容看起来是{looksLike}，却放在了{here}的位置；请把它移到 {folder} 下，" +
            "或按 docs/data-model.md 改成这里应有的内容");

    public static Diagnostic MarkupInFrontMatter(SourceSpan span, string field, string what) =>
        Make(Codes.MarkupInFrontMatter, span, field,
            $"这里有{what}，页面上会原样显示为文字，不会执行；标题、摘要等只写文字，请删去它");

    public static Diagnostic RepeatedRound(SourceSpan span, string field, string round, int firstItem) =>
        Make(Codes.RepeatedRound, span, field,
            $"轮次编号“{round}”在第 {firstItem} 项已经写过，这一项未采用；每个轮次只写一次，请删去或改正编号");

    public static Diagnostic PeriodMismatch(SourceSpan span, string field, string round, string reported,
        string nextRound, string nextCutoff) =>
        Make(Codes.PeriodMismatch, span, field,
            $"文件名是轮次 {round}，填报时间 {reported} 却已过了下一轮（{nextRound}）的统计截止 {nextCutoff}；" +
            $"如果这是 {nextRound} 的报表，请把文件名改为 {nextRound}.yaml，否则请改正填报时间");

    public static Diagnostic WrongExtension(string path, string extension, string wanted) =>
        Make(Codes.UnknownFile, SourceSpan.FileStart(path), "",
            $"扩展名是“{extension}”，文件未读取；这个位置的文件扩展名应是 {wanted}，请改名");

    public static Diagnostic UnknownFolder(string path, string folder, string? closest, IEnumerable<string> allowed) =>
        Make(Codes.UnknownFile, SourceSpan.FileStart(path), "",
            closest is not null
                ? $"“{folder}”不是记录目录，文件未读取；是不是想放在 {closest}/ 下？"
                : $"“{folder}”不是记录目录，文件未读取；村里的记录只能放在 {string.Join("/、", allowed)}/ 下");

    public static Diagnostic YesNoWrittenOtherwise(SourceSpan span, string field, string value, string meant,
        IEnumerable<string> allowed) =>
        Make(Codes.NotInEnum, span, field,
            $"“{value}”不是可选的值；这里只认汉字，请写“{meant}”（可选：{string.Join("、", allowed)}）");

    public static Diagnostic LeadingZero(SourceSpan span, string field, string value, string plain) =>
        Make(Codes.WrongType, span, field, $"“{value}”前面多了 0，被当成了文字；请写成 {plain}");

    public static Diagnostic AmountInOtherUnit(SourceSpan span, string field, string value, string plain,
        string unit) =>
        Make(Codes.WrongType, span, field,
            $"“{value}”写成了文字；本栏单位是{unit}，请只写数字 {plain}（已按{unit}换算，不写单位）");

    public static Diagnostic RecordOfUnknownVillage(string path, string village) =>
        Make(Codes.MissingVillageFile, SourceSpan.FileStart(path), "",
            $"村目录“{village}”没有有效的 village.yaml，这份记录未计入汇总；" +
            $"请先补好或改正 data/villages/{village}/village.yaml");

    public static Diagnostic YamlUnreadable(SourceSpan span) =>
        Make(Codes.YamlSyntax, span, "",
            "YAML 写法有误，从这里起无法读懂（常见是方括号 [ ]、花括号 { } 或引号没有成对）；" +
            "请检查这一行及以后的括号和引号，列表也可以每项一行、用“- ”开头来写");

    public static Diagnostic MarkdownTooDeep(SourceSpan span) =>
        Make(Codes.MarkdownTooDeep, span, "",
            "正文里有套了上百层的引用（>）、列表或强调符号（*），无法排版，页面上没有显示正文；" +
            "请删去多余的“>”“-”“*”，引用和列表套两三层就够了");

    public static Diagnostic ReservedName(string path, string id) =>
        Make(Codes.BadId, SourceSpan.FileStart(path), "",
            $"名称“{id}”留给网站自己的页面（目录页、搜索页）使用，文件未读取；请换一个名称，如加上村名或主题的拼音");

    public static Diagnostic DamagedUtf8(SourceSpan span) =>
        Make(Codes.NotUtf8, span, "",
            "这里有一两个字节不是有效的 UTF-8，文件别处都是 UTF-8（可能在复制、传输中损坏，或被截断在一个字的中间）；" +
            "请在编辑器里重新输入这一处的文字后保存");

    public static Diagnostic UnknownKeyWithHiddenCharacter(SourceSpan span, string field, string key, string hidden,
        string meant) =>
        Make(Codes.UnknownKey, span, field,
            $"“{key}”里有一个看不见的字符（{hidden}，多半是从微信或网页复制来的），所以不认识这一项；" +
            $"请删去这个键，重新输入“{meant}”");
}
