using System.Text;
using Nanwu.Records.Diagnostics;

namespace Nanwu.Cli;

/// <summary>The table of diagnostic codes, as committed in docs/diagnostics.md.</summary>
public static class CodeTable
{
    public static string Markdown()
    {
        var sb = new StringBuilder();
        sb.Append("| 代码 | 严重程度 | 含义 |\n|---|---|---|\n");
        foreach (var code in Codes.All)
        {
            sb.Append($"| {code.Id} | {(code.Severity == Severity.Error ? "错误" : "警告")} | {code.Title} |\n");
        }

        return sb.ToString();
    }
}
