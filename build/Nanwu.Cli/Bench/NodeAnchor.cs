using System.Text.Json;

namespace Nanwu.Cli.Bench;

/// <summary>
/// Runs build/bench/node-check.mjs on a data folder: the yardstick for checking speed
/// (parse and schema-validate every YAML file, no business rules).
/// </summary>
public static class NodeAnchor
{
    public const string Script = "build/bench/node-check.mjs";

    public const string NotInstalled = "node 或 js-yaml/ajv 未安装：运行 build/prepare.sh bench";

    private static readonly string[] Packages = ["js-yaml", "ajv", "ajv-formats"];

    public static NodeResult Run(string nanwuRepo, string dataRepo)
    {
        var node = Tools.Find("node");
        var modules = Path.Combine(nanwuRepo, "node_modules");
        if (node is null || !Packages.All(m => Directory.Exists(Path.Combine(modules, m))))
        {
            return new NodeResult(null, 0, 0, NotInstalled);
        }

        var run = TimedRun.Start(node,
            [Path.Combine(nanwuRepo, Script), Path.Combine(dataRepo, "data"), Path.Combine(dataRepo, "schemas")],
            nanwuRepo);
        var last = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (run.ExitCode != 0 || last is null)
        {
            return new NodeResult(run, 0, 0, $"node 检查失败（退出码 {run.ExitCode}）：{run.Errors.Trim()}");
        }

        using var json = JsonDocument.Parse(last);
        return new NodeResult(run, json.RootElement.GetProperty("files").GetInt32(),
            json.RootElement.GetProperty("invalid").GetInt32(), null);
    }
}
