namespace Nanwu.Records.Diagnostics;

public static partial class Codes
{
    // P: the public site (images beside notices, the search index)
    public static readonly DiagnosticCode ImageWithoutAlt = new("P001", E, "图片缺少文字说明（替代文字）");
    public static readonly DiagnosticCode LinkedFileMissing = new("P002", E, "公告引用的文件不存在");
    public static readonly DiagnosticCode ImageUnreadable = new("P003", E, "图片无法读取");
    public static readonly DiagnosticCode ImageTooLarge = new("P004", E, "图片过大");
    public static readonly DiagnosticCode AssetUnused = new("P005", W, "文件没有被任何公告使用");
    public static readonly DiagnosticCode UnsafeSvg = new("P006", E, "SVG 图片含有脚本或外部引用");
    public static readonly DiagnosticCode SearchIndexFailed = new("P007", E, "搜索索引没有生成");
    public static readonly DiagnosticCode LinkNotPublic = new("P008", W, "公告链接的文件不公开或不存在，链接已去除");
}
