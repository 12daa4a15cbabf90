using System.CommandLine;
using Nanwu.Git;
using Nanwu.Git.Hooks;

namespace Nanwu.Cli;

/// <summary>
/// <c>nanwu hook install &lt;bare-repo&gt;</c> puts the pre-receive hook into a server's bare repository;
/// <c>nanwu hook run</c> is what the hook calls, with git's ref updates on standard input.
/// </summary>
public static class HookCommand
{
    public static Command Create()
    {
        var command = new Command("hook", "服务器端检查：在裸仓库中安装 pre-receive 钩子（install），钩子调用的检查（run）");
        command.Subcommands.Add(Install());
        command.Subcommands.Add(RunCommand());
        return command;
    }

    private static Command Install()
    {
        var bare = new Argument<string>("bare-repo") { Description = "服务器上的裸仓库路径，如 /srv/git/nanwu.git" };
        var checker = new Option<string?>("--checker") { Description = "钩子调用的检查程序（自包含的 nanwu 可执行文件）；默认是本程序" };
        var branch = new Option<string>("--branch")
        {
            Description = "受检查的主干，默认 main",
            DefaultValueFactory = _ => "main",
        };
        var fallback = new Option<string?>("--fallback-pusher") { Description = "主机不提供推送账号时（普通 SSH）按此账号检查" };
        var mount = new Option<string?>("--mount") { Description = "村数据仓库在乡仓库中的位置，如 data/villages/dongzhuang" };
        var township = new Option<string?>("--township-repo") { Description = "村数据仓库所属的乡仓库（裸仓库路径）" };
        var villages = new Option<string?>("--village-repos") { Description = "乡仓库中各村子模块的裸仓库路径，{id} 代表村目录名" };
        var force = new Option<bool>("--force") { Description = "覆盖已有的、不是本程序写的 hooks/pre-receive" };
        var command = new Command("install", "在裸仓库中安装 pre-receive 钩子：每次推送到主干都检查，有问题就拒绝并用中文列出");
        command.Arguments.Add(bare);
        foreach (var option in new Option[] { checker, branch, fallback, mount, township, villages, force })
        {
            command.Options.Add(option);
        }

        command.SetAction(result =>
        {
            var config = new HookConfig(result.GetValue(branch)!, result.GetValue(fallback), result.GetValue(mount),
                Full(result.GetValue(township)), Full(result.GetValue(villages)));
            var target = Path.GetFullPath(result.GetValue(bare)!);
            var report = HookInstaller.Install(
                target, Checker(result.GetValue(checker)), config, result.GetValue(force));
            report.ToList().ForEach(Console.Error.WriteLine);
            return 0;
        });
        return command;
    }

    private static Command RunCommand()
    {
        var command = new Command("run", "（由钩子调用）读取标准输入中的引用更新，检查后决定是否接受推送") { Hidden = true };
        command.SetAction(_ =>
        {
            try
            {
                var repo = GitRepo.Open(Directory.GetCurrentDirectory(), inheritRepositoryEnvironment: true)
                    ?? throw new GitException("the hook does not run inside a repository");
                var config = HookConfig.Read(repo);
                var pusher = Pusher.From(Environment.GetEnvironmentVariable, config.FallbackPusher);
                var outcome = new HookRunner(repo, config, pusher).Run(RefUpdate.Parse(Console.In.ReadToEnd()));
                outcome.Lines().ToList().ForEach(Console.Error.WriteLine);
                return outcome.Accepted ? 0 : 1;
            }
            catch (Exception e) when (e is GitException or IOException or InvalidOperationException)
            {
                // Fail closed: a push the checker could not judge is not let through.
                Console.Error.WriteLine($"数据检查程序出错，推送被拒绝；请联系乡经济发展办。（{e.Message}）");
                return 1;
            }
        });
        return command;
    }

    /// <summary>The command the hook runs: the given checker, or this very program.</summary>
    private static IReadOnlyList<string> Checker(string? given)
    {
        if (given is not null)
        {
            return [Path.GetFullPath(given)];
        }

        var host = Environment.ProcessPath ?? "dotnet";
        var self = typeof(HookCommand).Assembly.Location;
        return Path.GetFileNameWithoutExtension(host) == "dotnet" ? [host, self] : [host];
    }

    private static string? Full(string? path) => path is null ? null : Path.GetFullPath(path);
}
