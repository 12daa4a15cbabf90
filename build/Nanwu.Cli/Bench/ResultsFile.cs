namespace Nanwu.Cli.Bench;

/// <summary>
/// The committed results file: a header and one section per preset. A run replaces the sections
/// of the presets it measured and keeps the others as they were, so the file's layout never changes.
/// </summary>
public static class ResultsFile
{
    public const string DefaultPath = "build/bench/results.md";

    private const string Header = """
        # 基准测试结果

        由 `nanwu bench` 写出（`dotnet cake build/build.cake --target=Bench --preset=township`）；
        只测了一部分规模时，其余各节保持上次的结果。版式固定，评审时只看数字的变化。
        目标见 issue 7；比值大于 1 表示 nanwu 比对照快。对照：一个 node 进程用 js-yaml（YAML 1.2 core schema）
        和 ajv（draft 2020-12，date 格式）解析并校验同样的 YAML 文件（build/bench/node-check.mjs，不查业务规则）；
        Hugo 用极简主题渲染同样页数的 Markdown 通知（标题、日期、约 1,500 字正文）。
        """;

    public static void Update(string path, IReadOnlyDictionary<string, string> measured)
    {
        var previous = File.Exists(path) ? Sections(File.ReadAllText(path)) : [];
        var sections = Preset.All.Select(p => measured.GetValueOrDefault(p.Name)
            ?? previous.GetValueOrDefault(p.Name)
            ?? ResultsSection.NotMeasured(p));
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        File.WriteAllText(path, Header.ReplaceLineEndings("\n") + "\n\n" + string.Join("\n", sections));
    }

    // Each "## name：…" heading starts a section that runs to the next heading.
    private static Dictionary<string, string> Sections(string text)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        string? name = null;
        var lines = new List<string>();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n').Append("## "))
        {
            if (!line.StartsWith("## ", StringComparison.Ordinal))
            {
                lines.Add(line);
                continue;
            }

            if (name is not null)
            {
                sections[name] = string.Join("\n", lines).TrimEnd('\n') + "\n";
            }

            name = line[3..].Split('：')[0];
            lines = [line];
        }

        return sections;
    }
}
