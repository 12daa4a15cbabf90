namespace Nanwu.Records.Diagnostics;

public static partial class Messages
{
    public static Diagnostic ImageWithoutAlt(SourceSpan span, string file) =>
        Make(Codes.ImageWithoutAlt, span, "",
            $"图片“{file}”没有文字说明；请在方括号里写一句话说明图片内容，如 ![防骗海报：养老钱不交给陌生人]({file})，" +
            "读屏软件会读给看不见图片的群众听");

    public static Diagnostic LinkedFileMissing(SourceSpan span, string file, string folder) =>
        Make(Codes.LinkedFileMissing, span, "",
            $"引用的文件“{file}”在 {folder} 中不存在；请把文件放到公告旁边，或改正文件名（注意大小写和扩展名）");

    public static Diagnostic ImageUnreadable(string path, string detail) =>
        Make(Codes.ImageUnreadable, SourceSpan.FileStart(path), "",
            $"图片无法读取（{detail}）；请重新导出为 PNG 或 JPG 格式后再提交");

    public static Diagnostic ImageTooLarge(string path, string size, string limit) =>
        Make(Codes.ImageTooLarge, SourceSpan.FileStart(path), "",
            $"图片有 {size}，超过 {limit}；请先缩小后再提交，手机上看 1000 像素宽就足够清楚");

    public static Diagnostic AssetUnused(string path) =>
        Make(Codes.AssetUnused, SourceSpan.FileStart(path), "",
            "这个文件没有被任何公告引用，不会发布；请在公告正文中引用它，或删除这个文件");

    public static Diagnostic UnsafeSvg(string path, string what) =>
        Make(Codes.UnsafeSvg, SourceSpan.FileStart(path), "",
            $"SVG 图片含有{what}，不能发布；请导出为不含脚本和外部链接的 SVG，或改用 PNG");

    public static Diagnostic LinkNotPublic(SourceSpan span, string url, bool exists) =>
        Make(Codes.LinkNotPublic, span, "",
            $"链接“{url}”指向的文件{(exists ? "不在公开网站上" : "在 data/ 中找不到")}，链接已去掉，文字保留；" +
            "要链接另一篇公告，请写它的 .md 文件名，如 [另一篇](jiezhai-fuwu.md) 或 [如何举报](../pages/ruhe-jubao.md)，" +
            "记录文件不能链接");

    public static Diagnostic SearchIndexFailed(string detail) =>
        Make(Codes.SearchIndexFailed, SourceSpan.FileStart("package.json"), "",
            $"公开网站的搜索索引没有生成（{detail}）；请先运行 build/prepare.sh site 安装 Pagefind，再重新生成");
}
