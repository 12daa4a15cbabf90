using System.CommandLine;
using System.Text;
using Nanwu.Git.Ownership;
using Nanwu.Loading;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;

namespace Nanwu.Cli;

/// <summary><c>nanwu codeowners</c>: writes .github/CODEOWNERS and .gitea/CODEOWNERS from the account lists.</summary>
public static class CodeOwnersCommand
{
    public static Command Create(Option<string> repoOption)
    {
        var check = new Option<bool>("--check") { Description = "只检查两个文件是否与名单一致，不一致时退出码为 1" };
        var command = new Command("codeowners", "根据 township.yaml 的办公室账号和各村 village.yaml 的提交账号生成 CODEOWNERS");
        command.Options.Add(check);
        command.SetAction(result =>
        {
            var repo = Path.GetFullPath(result.GetValue(repoOption)!);
            if (RegionGuard.Refuses(repo, "codeowners"))
            {
                return 2;
            }

            var data = new DataLoader(repo, ReadLimits.Default).Load(new DiagnosticBag());
            var stale = 0;
            (string Path, string Text)[] files =
            [
                (CodeOwners.GitHubPath, CodeOwners.GitHub(data)),
                (CodeOwners.GiteaPath, CodeOwners.Gitea(data)),
            ];
            foreach (var (path, text) in files)
            {
                var full = Path.Combine(repo, path);
                var current = File.Exists(full) && File.ReadAllText(full) == text;
                if (result.GetValue(check))
                {
                    stale += current ? 0 : 1;
                    Console.Error.WriteLine(current ? $"{path} 与名单一致" : $"{path} 已过时；请运行 nanwu codeowners 重新生成并提交");
                    continue;
                }

                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text, new UTF8Encoding(false));
                Console.Error.WriteLine($"已写入 {path}");
            }

            return stale > 0 ? 1 : 0;
        });
        return command;
    }
}
