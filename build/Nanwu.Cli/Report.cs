using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;
using Nanwu.Records.Values;
using Nanwu.Rendering.Public.Sharing;

namespace Nanwu.Cli;

/// <summary>Prints the diagnostics (standard output) and the closing summary (standard error).</summary>
public static class Report
{
    public static int Print(PipelineResult result, DateOnly asOf, string? outputRoot)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            Console.Out.WriteLine(diagnostic);
        }

        var data = result.Data;
        var records = data.Files.Count(f => f.Status == FileStatus.Record);
        var lines = new List<string>
        {
            "—— 小结 ——",
            $"数据截止日：{Dates.Format(asOf)}",
            $"村：{data.Villages.Count} 个；文件：{data.Files.Count} 个，其中记录 {records} 条、附件 " +
            $"{data.Files.Count(f => f.Status == FileStatus.Asset)} 个、" +
            $"未通过 {data.Files.Count(f => f.Status == FileStatus.Rejected)} 个",
            $"错误：{result.Errors} 个；警告：{result.Warnings} 个",
        };
        if (outputRoot is not null)
        {
            lines.Add($"内部门户：{Path.Combine(outputRoot, "internal")}");
            lines.Add(result.Diagnostics.Any(d => d.Code == Codes.PrivateLeak)
                ? "公开网站：未发布（发现隐私内容，见上面的 R021），保留了上一次的公开网站"
                : result.Diagnostics.Any(d => d.Code == Codes.SearchIndexFailed)
                    ? "公开网站：未发布（搜索索引没有生成，见上面的 P007），保留了上一次的公开网站"
                    : $"公开网站：{Path.Combine(outputRoot, "public")}");
        }

        foreach (var line in lines)
        {
            Console.Error.WriteLine(line);
        }

        return result.Errors > 0 ? 1 : 0;
    }

    /// <summary>The address the public site's absolute links (feed, sitemap, QR codes) point to.</summary>
    public static string AddressLine(SiteAddress address) => address.IsPlaceholder
        ? $"公开网站地址：{address.Root}（示例地址：二维码、订阅和分享链接都指向它；正式发布请用 --base-url 写上真实地址）"
        : $"公开网站地址：{address.Root}";
}
