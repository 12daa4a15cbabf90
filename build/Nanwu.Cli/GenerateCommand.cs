using System.CommandLine;
using Nanwu.Records.Values;
using Nanwu.Synthetic;

namespace Nanwu.Cli;

/// <summary>
/// <c>nanwu generate</c>: writes a synthetic township (made-up names, valid codes, consistent
/// totals) into a new folder, with the schemas and templates a build needs, for tests,
/// fuzzing and benchmarks.
/// </summary>
public static class GenerateCommand
{
    public static Command Create(Option<string> repoOption)
    {
        var output = new Option<string>("--out") { Description = "新建的目录（不能已有 data/）", Required = true };
        var preset = new Option<string>("--preset")
        {
            Description = "按规模生成：township（20 个村）、county（15 个乡镇共 300 个村）、" +
                "province（1,300 个乡镇共 28,000 个村，约 42 万个文件）；给了就不看 --villages 和 --townships",
        };
        preset.AcceptOnlyFromAmong([.. SyntheticOptions.PresetNames]);
        var villages = Number("--villages", "村数（有 --townships 时是全部乡镇的村数之和）", 20);
        var townships = Number("--townships", "乡镇数；0 生成一个乡的仓库，大于 0 生成县或省一级的仓库（data/townships/）", 0);
        var seed = Number("--seed", "随机种子；相同的参数生成完全相同的文件", 1);
        var rounds = Number("--rounds", "报送轮次数（每半年一轮，从 2024-12 起）", 3);
        var months = Number("--months", "每村的月报数（从 2024-07 起）", 6);
        var clues = Number("--clues", "每村的线索数", 5);
        var invalid = Number("--invalid", "另加的有问题文件数（每个都有确定的问题提示）", 0);
        var command = new Command("generate", "生成一个合成的乡镇数据集（虚构的名称，可直接 check 或 build）");
        Option[] all = [output, preset, villages, townships, seed, rounds, months, clues, invalid];
        foreach (var option in all)
        {
            command.Options.Add(option);
        }

        command.SetAction(result =>
        {
            var shape = result.GetValue(preset) is { } name
                ? SyntheticOptions.Preset(name)
                : new SyntheticOptions { Villages = result.GetValue(villages), Townships = result.GetValue(townships) };
            var options = shape with
            {
                Seed = result.GetValue(seed), Rounds = result.GetValue(rounds),
                MonthsPerVillage = result.GetValue(months), CluesPerVillage = result.GetValue(clues),
                InvalidFiles = result.GetValue(invalid),
            };
            return Run(Path.GetFullPath(result.GetValue(repoOption)!), Path.GetFullPath(result.GetValue(output)!),
                options);
        });
        return command;
    }

    private static int Run(string repo, string folder, SyntheticOptions options)
    {
        if (Directory.Exists(Path.Combine(folder, "data")))
        {
            Console.Error.WriteLine($"{folder} 下已有 data/，未改动；请指定一个新目录");
            return 2;
        }

        if (options.InvalidFiles > 0 && (options.Villages < 1 || options.CluesPerVillage < 1))
        {
            Console.Error.WriteLine("有问题的文件由村里的线索改成，--invalid 需要 --villages 和 --clues 至少为 1");
            return 2;
        }

        if (!Directory.Exists(Path.Combine(repo, "schemas")) || !Directory.Exists(Path.Combine(repo, "site-templates")))
        {
            Console.Error.WriteLine($"“{repo}”下没有 schemas/ 和 site-templates/，生成的数据集需要从 Nanwu 的仓库复制它们；" +
                "请在 Nanwu 的仓库根目录运行，或用 --repo 指定它");
            return 2;
        }

        if (options.Townships < 0 || options.Villages < 0)
        {
            Console.Error.WriteLine("--villages 和 --townships 不能是负数");
            return 2;
        }

        SyntheticData.CopyToolFiles(repo, folder);
        Console.Error.WriteLine(options.Townships == 0
            ? $"生成一个乡的数据：{options.Villages} 个村……"
            : $"生成 {options.Townships} 个乡镇、{options.Villages} 个村的数据（data/townships/）……");
        var result = SyntheticData.Generate(folder, options);
        Console.Error.WriteLine($"已在 {folder} 生成 {result.Files.Count} 个文件（其中有问题的 " +
            $"{result.Files.Count(f => !f.Valid)} 个）；请用 --as-of {Dates.Format(result.AsOf)} 检查或生成：");
        Console.Error.WriteLine($"  nanwu check --repo {folder} --as-of {Dates.Format(result.AsOf)}");
        return 0;
    }

    private static Option<int> Number(string name, string description, int value) =>
        new(name) { Description = $"{description}，默认 {value}", DefaultValueFactory = _ => value };
}
