namespace Nanwu.Records.Diagnostics;

public static partial class Messages
{
    public static Diagnostic AllowListUnused(string allowList, string value) =>
        Make(Codes.AllowListUnused, SourceSpan.FileStart(allowList), "",
            $"例外“{value}”没有出现在公开站点上；不再需要时请从清单中删去，以免日后无意中放行");

    public static Diagnostic ReservedPageName(string path, string slug) =>
        Make(Codes.BadId, SourceSpan.FileStart(path), "",
            $"页面文件名“{slug}”与公开网站的首页重名，页面未生成；请换一个文件名，如 guanyu-women.md");
}
