using System.CommandLine;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;
using Nanwu.Workbooks.Import;

namespace Nanwu.Cli;

/// <summary>
/// <c>nanwu import &lt;file.xlsx&gt; --village &lt;id&gt; --round &lt;id&gt;</c>: a filled workbook back into
/// the village's record files, checked like every other input; every record is written or none.
/// </summary>
public static class ImportCommand
{
    public static Command Create(Option<string> repoOption, Option<string?> asOfOption)
    {
        var file = new Argument<string>("file") { Description = "填好的 Excel 表（.xlsx，系统导出的那份）" };
        var village = new Option<string>("--village")
        {
            Description = "村的目录名（如 dongzhuang）；乡本级写 township",
            Required = true,
        };
        var round = new Option<string>("--round") { Description = "轮次，如 2025-06", Required = true };
        var command = new Command("import", "把填好的 Excel 表读回本村的记录文件（工作情况统计表、风险线索、跨省案件），检查通过才写入");
        command.Arguments.Add(file);
        command.Options.Add(village);
        command.Options.Add(round);
        command.SetAction(result =>
        {
            var repo = Path.GetFullPath(result.GetValue(repoOption)!);
            if (CliAsOf.Resolve(result.GetValue(asOfOption), repo) is not { } asOf)
            {
                return 2;
            }

            var request = new ImportRequest(repo, Path.GetFullPath(result.GetValue(file)!),
                result.GetValue(village)!, result.GetValue(round)!, asOf);
            return Usage(request) is { } problem ? Refuse(problem) : Run(request);
        });
        return command;
    }

    private static int Run(ImportRequest request)
    {
        if (RegionGuard.Refuses(request.RepoRoot, "import"))
        {
            return 2;
        }

        ImportOutcome outcome;
        try
        {
            outcome = WorkbookImporter.Run(request);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refuse($"写入记录文件时出错（{e.Message}），已恢复原来的文件；请检查目录权限后重试");
        }

        foreach (var diagnostic in outcome.Diagnostics)
        {
            Console.Out.WriteLine(diagnostic);
        }

        ImportReport.Print(request, outcome, Console.Error);
        return outcome.Errors > 0 ? 1 : 0;
    }

    /// <summary>What is wrong with the command itself, before the workbook is opened.</summary>
    private static string? Usage(ImportRequest request)
    {
        if (!Directory.Exists(Path.Combine(request.RepoRoot, "data")))
        {
            return $"“{request.RepoRoot}”下没有 data/；请在仓库根目录运行，或用 --repo 指定";
        }

        var ownerFile = request.Owner == Owner.TownshipId
            ? "data/township.yaml"
            : $"data/villages/{request.Owner}/village.yaml";
        if (!File.Exists(Path.Combine(request.RepoRoot, ownerFile)))
        {
            return $"没有村“{request.Owner}”（找不到 {ownerFile}）；--village 写村的目录名，如 dongzhuang，乡本级写 township";
        }

        var rounds = Rounds(request.RepoRoot);
        return rounds.Contains(request.Round)
            ? null
            : $"rounds.yaml 中没有轮次“{request.Round}”；可选：{string.Join("、", rounds)}";
    }

    private static List<string> Rounds(string repo)
    {
        var path = Path.Combine(repo, "data/rounds.yaml");
        var doc = File.Exists(path)
            ? new YamlReader(ReadLimits.Default).Read("data/rounds.yaml", File.ReadAllText(path), [])
            : null;
        return (doc?.Root["轮次"] as System.Text.Json.Nodes.JsonArray ?? [])
            .Select(r => r?["编号"]?.ToString() ?? "")
            .ToList();
    }

    private static int Refuse(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }
}
