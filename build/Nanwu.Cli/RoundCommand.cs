using System.CommandLine;
using Nanwu.Git;
using Nanwu.Git.Rounds;
using Nanwu.Git.Trees;
using Nanwu.Loading;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;

namespace Nanwu.Cli;

/// <summary><c>nanwu round status|close &lt;round&gt;</c>: who has reported; closing a round with its tag.</summary>
public static class RoundCommand
{
    public static Command Create(Option<string> repoOption, Option<string?> asOfOption)
    {
        var command = new Command("round", "报送轮次：查看各村报送情况（status），截止并打标签（close）");
        command.Subcommands.Add(Status(repoOption, asOfOption));
        command.Subcommands.Add(Close(repoOption, asOfOption));
        return command;
    }

    private static Command Status(Option<string> repoOption, Option<string?> asOfOption)
    {
        var round = new Argument<string>("round") { Description = "轮次编号，如 2025-06" };
        var command = new Command("status", "列出各村本轮工作情况统计表和月报：按时（及判定日期）、逾期、未报送；并给出微信群提醒");
        command.Arguments.Add(round);
        command.SetAction(result =>
        {
            var repo = Path.GetFullPath(result.GetValue(repoOption)!);
            if (RegionGuard.Refuses(repo, "round status"))
            {
                return 2;
            }

            if (CliAsOf.Resolve(result.GetValue(asOfOption), repo) is not { } asOf)
            {
                return 2;
            }

            var data = new DataLoader(repo, ReadLimits.Default).Load(new DiagnosticBag());
            var git = GitRepo.Open(repo);
            var arrivals = git is not null && git.Resolve("HEAD") is { } head
                ? ArrivalReader.Read(git, head, new WorkTreeSubmodules(repo))
                : Aggregation.Arrivals.None;
            if (RoundStatusBuilder.Build(data, result.GetValue(round)!, asOf, arrivals) is not { } report)
            {
                Console.Error.WriteLine($"rounds.yaml 中没有轮次“{result.GetValue(round)}”");
                return 2;
            }

            Console.Out.Write(RoundStatusText.Format(report));
            return 0;
        });
        return command;
    }

    private static Command Close(Option<string> repoOption, Option<string?> asOfOption)
    {
        var round = new Argument<string>("round") { Description = "轮次编号，如 2025-06" };
        var at = new Option<string>("--at") { Description = "截止于哪个提交，默认 HEAD", DefaultValueFactory = _ => "HEAD" };
        var force = new Option<bool>("--force") { Description = "有错误或有村未报送时仍然截止（须同时写 --reason）" };
        var reason = new Option<string?>("--reason") { Description = "强制截止的理由，写入标签说明" };
        var command = new Command("close", "检查已提交的数据，无错误且各村都已报送时，建立附注标签 round/<轮次>，说明中写明本轮小结");
        command.Arguments.Add(round);
        command.Options.Add(at);
        command.Options.Add(force);
        command.Options.Add(reason);
        command.SetAction(result =>
        {
            var repoPath = Path.GetFullPath(result.GetValue(repoOption)!);
            if (RegionGuard.Refuses(repoPath, "round close"))
            {
                return 2;
            }

            if (GitRepo.Open(repoPath) is not { } repo)
            {
                Console.Error.WriteLine($"“{repoPath}”不是 Git 仓库；截止轮次需要在乡的数据仓库中进行");
                return 2;
            }

            if (result.GetValue(force) && string.IsNullOrWhiteSpace(result.GetValue(reason)))
            {
                Console.Error.WriteLine("--force 须与 --reason “理由” 一起使用，理由会写入标签说明");
                return 2;
            }

            var asOfText = result.GetValue(asOfOption);
            DateOnly? asOf = asOfText is null ? null : CliAsOf.Resolve(asOfText, repoPath);
            if (asOfText is not null && asOf is null)
            {
                return 2;
            }

            var outcome = RoundCloser.Close(repo, result.GetValue(round)!, result.GetValue(at)!, asOf,
                result.GetValue(force) ? result.GetValue(reason) : null, new WorkTreeSubmodules(repoPath));
            if (!outcome.Closed)
            {
                Console.Error.WriteLine($"未截止轮次 {result.GetValue(round)}：");
                outcome.Refusals.ToList().ForEach(r => Console.Error.WriteLine("  " + r));
                if (outcome.Summary.Length > 0)
                {
                    Console.Error.WriteLine("确需截止时，请加 --force --reason “理由”。本轮小结如下：\n" + outcome.Summary);
                }

                return 1;
            }

            Console.Out.Write(outcome.Summary);
            Console.Error.WriteLine($"已建立标签 {outcome.Tag!.Name}（提交 {outcome.Tag.ShortCommit}）；" +
                                    $"请推送：git push origin {outcome.Tag.Name}");
            return 0;
        });
        return command;
    }
}
