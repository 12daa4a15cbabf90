using System.CommandLine;
using Nanwu.Cli.Bench;

namespace Nanwu.Cli;

/// <summary>
/// <c>nanwu bench</c>: generates each preset into a temporary folder and times check, a cold
/// build and a one-file rebuild as whole processes, beside node + ajv and Hugo on the same work;
/// writes the numbers and the targets of issue 7 to a Markdown file that is committed.
/// </summary>
public static class BenchCommand
{
    public static Command Create(Option<string> repoOption)
    {
        var preset = new Option<string>("--preset")
        {
            Description = "要测的规模：township、county、province 或 all，默认 all",
            DefaultValueFactory = _ => "all",
        };
        preset.AcceptOnlyFromAmong([.. Preset.All.Select(p => p.Name), "all"]);
        var outFile = new Option<string?>("--out-file") { Description = $"结果文件，默认 {ResultsFile.DefaultPath}" };
        var keep = new Option<bool>("--keep") { Description = "保留生成的数据和输出（默认测完删除）" };
        var work = new Option<string?>("--work") { Description = "在此目录下生成（默认 /tmp 下新建一个目录）" };
        var command = new Command("bench", "基准测试：生成各规模的数据，计时检查、完整生成和改动一个文件后的重新生成，并与 node、Hugo 对照");
        foreach (var option in new Option[] { preset, outFile, keep, work })
        {
            command.Options.Add(option);
        }

        command.SetAction(result =>
        {
            var repo = Path.GetFullPath(result.GetValue(repoOption)!);
            var name = result.GetValue(preset)!;
            var presets = name == "all" ? Preset.All : [Preset.Named(name)!];
            var file = result.GetValue(outFile) is { } given
                ? Path.GetFullPath(given)
                : Path.Combine(repo, ResultsFile.DefaultPath);
            return Run(repo, presets, file, result.GetValue(work), result.GetValue(keep));
        });
        return command;
    }

    private static int Run(string repo, IReadOnlyList<Preset> presets, string file, string? work, bool keep)
    {
        var folder = Path.GetFullPath(
            work ?? Path.Combine(Path.GetTempPath(), "nanwu-bench-" + Guid.NewGuid().ToString("N")));
        var taken = presets.Select(p => Path.Combine(folder, p.Name)).FirstOrDefault(Directory.Exists);
        if (taken is not null)
        {
            Console.Error.WriteLine($"{taken} 已存在，未改动；请用 --work 指定另一个目录");
            return 2;
        }

        var nanwu = NanwuCommand.Beside();
        var run = new PresetRun(nanwu, repo, Console.Error.WriteLine);
        var presetsKnown = nanwu.KnowsPresets(repo);
        var machine = Machine.Describe();
        var measured = new Dictionary<string, string>(StringComparer.Ordinal);
        var exit = 0;
        foreach (var preset in presets)
        {
            var where = Path.Combine(folder, preset.Name);
            var result = run.Run(preset, where, presetsKnown);
            if (!keep)
            {
                Remove(where);
            }

            if (result is null)
            {
                exit = 2;
                break;
            }

            // Written after each preset, so a long run that is stopped keeps what it measured.
            measured[preset.Name] = ResultsSection.Write(result, machine, nanwu);
            Console.Out.WriteLine(measured[preset.Name]);
            ResultsFile.Update(file, measured);
            var fine = result.RebuildIdentical
                       && new[] { result.Check, result.Build, result.Rebuild }.All(r => r.ExitCode == 0);
            exit = fine ? exit : Math.Max(exit, 1);
        }

        if (!keep && work is null)
        {
            Remove(folder);
        }

        if (measured.Count > 0)
        {
            Console.Error.WriteLine($"结果已写入 {file}" + (keep ? $"；数据和输出保留在 {folder}" : ""));
        }

        if (exit == 1)
        {
            Console.Error.WriteLine("有步骤失败或重新生成的输出与完整生成不同（见结果中的退出码和“相同”一行）");
        }

        return exit;
    }

    private static void Remove(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
