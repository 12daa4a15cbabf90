using Nanwu.Records.Model;
using Nanwu.Records.Values;

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
            $"{data.Files.Count(f => f.Status == FileStatus.Asset)} 个、未通过 {data.Files.Count(f => f.Status == FileStatus.Rejected)} 个",
            $"错误：{result.Errors} 个；警告：{result.Warnings} 个",
        };
        if (outputRoot is not null)
        {
            lines.Add($"内部门户：{Path.Combine(outputRoot, "internal")}");
            lines.Add($"公开网站：{Path.Combine(outputRoot, "public")}");
        }

        foreach (var line in lines)
        {
            Console.Error.WriteLine(line);
        }

        return result.Errors > 0 ? 1 : 0;
    }
}
