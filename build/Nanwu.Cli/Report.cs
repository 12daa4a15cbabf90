using Nanwu.Aggregation.Region;
using Nanwu.Cli.Region;
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
        var data = result.Data;
        var records = data.Files.Count(f => f.Status == FileStatus.Record);
        var counts = $"村：{data.Villages.Count} 个；文件：{data.Files.Count} 个，其中记录 {records} 条、附件 " +
                     $"{data.Files.Count(f => f.Status == FileStatus.Asset)} 个、" +
                     $"未通过 {data.Files.Count(f => f.Status == FileStatus.Rejected)} 个";
        return Print(result.Diagnostics, counts, asOf, outputRoot);
    }

    /// <summary>A county's or province's check or build: the same summary, with townships counted.</summary>
    public static int Print(RegionOutcome result, DateOnly asOf, string? outputRoot)
    {
        var files = result.Townships.Select(t => t.Files)
            .Aggregate(FileCounts.Of(result.Shared.Files), (a, b) => a + b);
        var counts = $"乡镇：{result.Townships.Count} 个；村：{result.Townships.Sum(t => t.Villages)} 个；" +
                     $"文件：{files.All} 个，其中记录 {files.Records} 条、附件 {files.Assets} 个、未通过 {files.Rejected} 个";
        return Print(result.Diagnostics, counts, asOf, outputRoot);
    }

    private static int Print(IReadOnlyList<Diagnostic> diagnostics, string counts, DateOnly asOf, string? outputRoot)
    {
        foreach (var diagnostic in diagnostics)
        {
            Console.Out.WriteLine(diagnostic);
        }

        var errors = diagnostics.Count(d => d.IsError);
        var lines = new List<string>
        {
            "—— 小结 ——",
            $"数据截止日：{Dates.Format(asOf)}",
            counts,
            $"错误：{errors} 个；警告：{diagnostics.Count - errors} 个",
        };
        if (outputRoot is not null)
        {
            lines.Add($"内部门户：{Path.Combine(outputRoot, "internal")}");
            lines.Add(diagnostics.Any(d => d.Code == Codes.PrivateLeak)
                ? "公开网站：未发布（发现隐私内容，见上面的 R021），保留了上一次的公开网站"
                : diagnostics.Any(d => d.Code == Codes.SearchIndexFailed)
                    ? "公开网站：未发布（搜索索引没有生成，见上面的 P007），保留了上一次的公开网站"
                    : $"公开网站：{Path.Combine(outputRoot, "public")}");
        }

        foreach (var line in lines)
        {
            Console.Error.WriteLine(line);
        }

        return errors > 0 ? 1 : 0;
    }

    /// <summary>The address the public site's absolute links (feed, sitemap, QR codes) point to.</summary>
    public static string AddressLine(SiteAddress address) => address.IsPlaceholder
        ? $"公开网站地址：{address.Root}（示例地址：二维码、订阅和分享链接都指向它；正式发布请用 --base-url 写上真实地址）"
        : $"公开网站地址：{address.Root}";
}
