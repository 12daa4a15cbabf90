using System.CommandLine;
using Nanwu.Cli.Region;
using Nanwu.Loading;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Values;
using Nanwu.Rendering.Public.Sharing;

namespace Nanwu.Cli;

/// <summary>The nanwu command line. Exit codes: 0 fine, 1 errors in the data, 2 bad usage or a crash.</summary>
public static class Commands
{
    private static readonly Option<string> RepoOption = new("--repo")
    {
        Description = "仓库根目录（含 data/ 与 schemas/），默认当前目录",
        DefaultValueFactory = _ => ".",
    };

    private static readonly Option<string?> AsOfOption = new("--as-of")
    {
        Description = "数据截止日 YYYY-MM-DD；默认取最新提交的日期（北京时间）",
    };

    private static readonly Option<bool> QuietOption = new("--quiet", "-q")
    {
        Description = "不输出进度，只输出问题清单",
    };

    public static RootCommand Root()
    {
        var root = new RootCommand("南武乡打击非法集资专项行动数据工具：检查记录、汇总统计表、生成内部门户与公开网站");
        root.Options.Add(RepoOption);
        root.Options.Add(AsOfOption);
        root.Options.Add(QuietOption);
        RepoOption.Recursive = true;
        AsOfOption.Recursive = true;
        QuietOption.Recursive = true;
        root.Subcommands.Add(CheckCommand());
        root.Subcommands.Add(BuildCommand());
        root.Subcommands.Add(CodesCommand());
        root.Subcommands.Add(NewCommand.Create(RepoOption));
        root.Subcommands.Add(ImportCommand.Create(RepoOption, AsOfOption));
        root.Subcommands.Add(RoundCommand.Create(RepoOption, AsOfOption));
        root.Subcommands.Add(CodeOwnersCommand.Create(RepoOption));
        root.Subcommands.Add(HookCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create(RepoOption));
        root.Subcommands.Add(BenchCommand.Create(RepoOption));
        return root;
    }

    private static Command CheckCommand()
    {
        var command = new Command("check", "检查 data/ 中的全部记录：先按 schema，再按业务规则；有错误时退出码为 1");
        var changed = new Option<string?>("--changed")
        {
            Description = "只报告与此基准（如 origin/main）相比改动到及受其影响的文件的问题（PR 检查）",
        };
        var summary = new Option<string?>("--summary") { Description = "与 --changed 一起用：把 Markdown 小结写到此文件" };
        var author = new Option<string?>("--author") { Description = "与 --changed 一起用：提交账号（默认取 CI 的 GITHUB_ACTOR）" };
        command.Options.Add(changed);
        command.Options.Add(summary);
        command.Options.Add(author);
        command.SetAction(result => Run(result, (pipeline, repo, asOf) =>
        {
            if (result.GetValue(changed) is { } baseRef)
            {
                return ChangedCommand.Run(repo, asOf, baseRef, result.GetValue(summary), result.GetValue(author));
            }

            if (DataLoader.IsRegion(repo))
            {
                return Report.Print(new RegionPipeline(repo, asOf, pipeline.Log).Check(), asOf, null);
            }

            var outcome = pipeline.Check();
            return Report.Print(outcome, asOf, null);
        }));
        return command;
    }

    private static Command BuildCommand()
    {
        var output = new Option<string>("--out") { Description = "输出目录，默认 out", DefaultValueFactory = _ => "out" };
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "公开网站的正式地址，如 https://www.example.gov.cn/fangfei/，用于规范链接、订阅、网站地图和海报二维码；" +
                          $"不写时用示例地址 {SiteAddress.Placeholder}",
        };
        var command = new Command("build", "检查并生成 out/internal（内部门户）与 out/public（公开网站）");
        var recordPages = new Option<bool>("--record-pages")
        {
            Description = "县、省一级的仓库（data/townships/）也为每个村每轮的附件2 各写一页；默认不写，村页和各轮统计表已有同样的数",
        };
        command.Options.Add(output);
        command.Options.Add(baseUrl);
        command.Options.Add(recordPages);
        command.SetAction(result => Run(result, (pipeline, repo, asOf) =>
        {
            var outRoot = Path.GetFullPath(Path.Combine(repo, result.GetValue(output)!));
            if (File.Exists(outRoot))
            {
                Console.Error.WriteLine($"--out “{outRoot}”是一个文件；请给一个目录（不存在会自动建立）");
                return 2;
            }

            using var buildLock = OutputLock.Take(outRoot);
            if (buildLock is null)
            {
                Console.Error.WriteLine($"另一个构建正在写入“{outRoot}”；请等它结束后再运行");
                return 2;
            }

            var address = result.GetValue(baseUrl);
            if (address is not null && !SiteAddress.TryParse(address, out _, out var problem))
            {
                Console.Error.WriteLine($"--base-url：{problem}");
                return 2;
            }

            var exit = DataLoader.IsRegion(repo)
                ? Report.Print(new RegionPipeline(repo, asOf, pipeline.Log).Build(outRoot, address,
                    result.GetValue(recordPages)), asOf, outRoot)
                : Report.Print(pipeline.Build(outRoot, address), asOf, outRoot);
            Console.Error.WriteLine(Report.AddressLine(SiteAddress.From(address)));
            return exit;
        }));
        return command;
    }

    private static Command CodesCommand()
    {
        var command = new Command("codes", "列出全部问题代码及其严重程度（Markdown 表格）");
        command.SetAction(_ =>
        {
            Console.Write(CodeTable.Markdown());
            return 0;
        });
        return command;
    }

    private static int Run(ParseResult result, Func<Pipeline, string, DateOnly, int> action)
    {
        var repo = Path.GetFullPath(result.GetValue(RepoOption)!);
        var log = new Log(Console.Error, result.GetValue(QuietOption));
        if (!Directory.Exists(Path.Combine(repo, "data")) || !Directory.Exists(Path.Combine(repo, "schemas")))
        {
            Console.Error.WriteLine($"“{repo}”下没有 data/ 和 schemas/；请在仓库根目录运行，或用 --repo 指定");
            return 2;
        }

        var asOfText = result.GetValue(AsOfOption);
        DateOnly asOf;
        if (asOfText is not null)
        {
            if (!Dates.TryParse(asOfText, out asOf))
            {
                Console.Error.WriteLine($"--as-of 的值“{asOfText}”不是日期；请写成 YYYY-MM-DD，如 2025-07-20");
                return 2;
            }
        }
        else if (AsOfDate.FromGit(repo) is { } fromGit)
        {
            asOf = fromGit;
        }
        else
        {
            Console.Error.WriteLine("无法从 Git 得到最新提交的日期；请用 --as-of YYYY-MM-DD 指定数据截止日");
            return 2;
        }

        log.Info($"数据截止日 {Dates.Format(asOf)}，仓库 {repo}");
        return action(new Pipeline(repo, asOf, log), repo, asOf);
    }
}
