using Nanwu.Workbooks.Import;

namespace Nanwu.Cli;

/// <summary>The closing summary of an import, on standard error: what was read and what became of each file.</summary>
public static class ImportReport
{
    public static void Print(ImportRequest request, ImportOutcome outcome, TextWriter writer)
    {
        writer.WriteLine("—— 小结 ——");
        writer.WriteLine($"工作簿：{Path.GetFileName(request.Workbook)}（导入到 {request.Owner}，轮次 {request.Round}）");
        foreach (var note in outcome.Notes)
        {
            writer.WriteLine(note);
        }

        if (outcome.Written)
        {
            foreach (var file in outcome.Files)
            {
                writer.WriteLine($"  {Word(file.Change)}：{file.Path}");
            }

            writer.WriteLine($"记录文件：新建 {Count(outcome, FileChange.Created)} 个，" +
                $"改动 {Count(outcome, FileChange.Changed)} 个，未变 {Count(outcome, FileChange.Unchanged)} 个");
        }
        else
        {
            writer.WriteLine("有错误，没有写入任何文件；请按上面的提示改好 Excel 表后重新导入");
        }

        writer.WriteLine($"错误：{outcome.Errors} 个；警告：{outcome.Warnings} 个");
        if (outcome.ElsewhereErrors + outcome.ElsewhereWarnings > 0)
        {
            writer.WriteLine($"data/ 中其他文件另有错误 {outcome.ElsewhereErrors} 个、警告 {outcome.ElsewhereWarnings} 个；" +
                "运行 nanwu check 查看");
        }
    }

    private static int Count(ImportOutcome outcome, FileChange change) => outcome.Files.Count(f => f.Change == change);

    private static string Word(FileChange change) => change switch
    {
        FileChange.Created => "新建",
        FileChange.Changed => "改动",
        _ => "未变",
    };
}
