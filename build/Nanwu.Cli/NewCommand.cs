using System.CommandLine;
using Nanwu.Loading;
using Nanwu.Loading.Files;
using Nanwu.Loading.Schema;
using Nanwu.Loading.Writing;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;
using Nanwu.Records.Values;

namespace Nanwu.Cli;

/// <summary>
/// <c>nanwu new</c>: writes a blank record in the canonical form where it belongs, so a clerk
/// starts from the form instead of an empty editor.
/// </summary>
public static class NewCommand
{
    private static readonly Dictionary<string, RecordKind> Kinds = new()
    {
        ["work-stats"] = RecordKind.WorkStats,
        ["monthly"] = RecordKind.Monthly,
        ["clue"] = RecordKind.Clue,
        ["cross-province"] = RecordKind.CrossProvince,
    };

    public static Command Create(Option<string> repoOption)
    {
        var kind = new Argument<string>("kind") { Description = "记录种类：work-stats、monthly、clue、cross-province" };
        var owner = new Option<string>("--village")
        {
            Description = "村的目录名（如 dongzhuang）；乡本级写 township",
            Required = true,
        };
        var id = new Argument<string>("id") { Description = "轮次（2025-12）、月份（2025-07）或记录编号（2025-002）" };
        var date = new Option<string?>("--date") { Description = "填报时间 YYYY-MM-DD，写入表头" };
        var command = new Command("new", "按表格生成一份空白记录文件，各项齐全，数字填 0，文字待填");
        command.Arguments.Add(kind);
        command.Arguments.Add(id);
        command.Options.Add(owner);
        command.Options.Add(date);
        command.SetAction(result => Run(
            Path.GetFullPath(result.GetValue(repoOption)!), result.GetValue(kind)!, result.GetValue(owner)!,
            result.GetValue(id)!, result.GetValue(date)));
        return command;
    }

    private static int Run(string repo, string kindName, string owner, string id, string? date)
    {
        if (RegionGuard.Refuses(repo, "new"))
        {
            return 2;
        }

        if (!Kinds.TryGetValue(kindName, out var kind))
        {
            Console.Error.WriteLine($"不认识记录种类“{kindName}”；可选：{string.Join("、", Kinds.Keys)}");
            return 2;
        }

        if (Refusal(repo, kind, owner, id, date) is { } refusal)
        {
            Console.Error.WriteLine(refusal);
            return 2;
        }

        var folder = owner == Owner.TownshipId ? "township" : $"villages/{owner}";
        var path = $"data/{folder}/{Folder(kind)}/{id}.yaml";
        var full = Path.Combine(repo, path);
        if (File.Exists(full))
        {
            Console.Error.WriteLine($"{path} 已经存在，未改动；要重填请直接编辑它");
            return 2;
        }

        var known = new Dictionary<string, string> { ["填报单位"] = UnitName(repo, owner) };
        if (date is not null)
        {
            known["填报时间"] = date;
        }

        var schema = new SchemaSet(Path.Combine(repo, "schemas")).NodeOf(kind);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, CanonicalWriter.Write(schema, Scaffold.Blank(schema, known),
            DataLoader.ExpectedSchemaPath(path, kind)));
        Console.Error.WriteLine($"已生成 {path}；请逐项填写，再运行 nanwu check 检查");
        return 0;
    }

    // Says which argument is wrong and what would be right, or null when all are usable.
    private static string? Refusal(string repo, RecordKind kind, string owner, string id, string? date)
    {
        var ownerFile = owner == Owner.TownshipId ? "data/township.yaml" : $"data/villages/{owner}/village.yaml";
        if (!DataLayout.IsValidId(owner) || !File.Exists(Path.Combine(repo, ownerFile)))
        {
            return $"--village “{owner}”不是已有的村目录（找不到 {ownerFile}）；请写 data/villages/ 下的目录名，乡本级写 township";
        }

        if (date is not null && !Dates.TryParse(date, out _))
        {
            return $"--date “{date}”不是日期；请写成 YYYY-MM-DD，如 2025-12-01";
        }

        return kind switch
        {
            RecordKind.WorkStats when !KnownRounds(repo).Contains(id) =>
                $"轮次“{id}”不在 rounds.yaml 中；可用的轮次：{string.Join("、", KnownRounds(repo))}",
            RecordKind.Monthly when !Dates.TryParse(id + "-01", out _) =>
                $"月份“{id}”不是“年-月”；请写成 2025-07 这样的形式",
            _ when !DataLayout.IsValidId(id) =>
                $"编号“{id}”不合规；只用小写英文字母、数字和“-”，如 2025-002",
            _ => null,
        };
    }

    private static List<string> KnownRounds(string repo)
    {
        var full = Path.Combine(repo, "data/rounds.yaml");
        var doc = File.Exists(full)
            ? new YamlReader(ReadLimits.Default)
                .Read("data/rounds.yaml", File.ReadAllText(full), new List<Diagnostic>())
            : null;
        return (doc?.Root["轮次"] as System.Text.Json.Nodes.JsonArray ?? [])
            .Select(r => r?["编号"]?.ToString() ?? "")
            .ToList();
    }

    private static string Folder(RecordKind kind) => kind switch
    {
        RecordKind.WorkStats => "work-stats",
        RecordKind.Monthly => "monthly",
        RecordKind.Clue => "clues",
        _ => "cross-province",
    };

    private static string UnitName(string repo, string owner)
    {
        var file = owner == Owner.TownshipId ? "data/township.yaml" : $"data/villages/{owner}/village.yaml";
        var full = Path.Combine(repo, file);
        if (!File.Exists(full))
        {
            return "";
        }

        var doc = new YamlReader(ReadLimits.Default).Read(file, File.ReadAllText(full), new List<Diagnostic>());
        return doc?.Root["名称"]?.GetValue<string>() ?? "";
    }
}
