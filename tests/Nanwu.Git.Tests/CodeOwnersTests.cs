using Nanwu.Git.Ownership;
using Nanwu.Git.Tests.Support;
using Nanwu.Loading;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.TestSupport;

namespace Nanwu.Git.Tests;

public sealed class CodeOwnersTests
{
    [Fact]
    public void The_committed_CODEOWNERS_files_match_the_account_lists()
    {
        var data = new DataLoader(Repo.Root, ReadLimits.Default).Load(new DiagnosticBag());

        Assert.Equal(CodeOwners.GitHub(data), File.ReadAllText(Repo.Path(CodeOwners.GitHubPath)));
        Assert.Equal(CodeOwners.Gitea(data), File.ReadAllText(Repo.Path(CodeOwners.GiteaPath)));
    }

    [Fact]
    public void The_command_writes_both_files_and_check_fails_once_a_list_changes()
    {
        using var repo = new TownshipRepo();

        var written = NanwuCli.Run(repo.Root, null, "codeowners");
        var current = NanwuCli.Run(repo.Root, null, "codeowners", "--check");
        repo.Write("data/villages/nanbao/village.yaml", RecordText.Village("南堡村", "nanbao", "nanbao-clerk"));
        var stale = NanwuCli.Run(repo.Root, null, "codeowners", "--check");

        Assert.Equal((0, 0, 1), (written.ExitCode, current.ExitCode, stale.ExitCode));
        var github = File.ReadAllText(Path.Combine(repo.Root, CodeOwners.GitHubPath));
        Assert.Contains("/data/villages/nanbao @nanbao @office\n", github);
        Assert.Contains(".github/CODEOWNERS 已过时", stale.Errors);
    }

    [Fact]
    public void GitHubs_file_gives_each_folder_to_its_village_and_the_office_and_village_yaml_to_the_office()
    {
        using var repo = new TownshipRepo();

        var lines = CodeOwners.GitHub(repo.Load()).Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..];

        Assert.Equal(
        [
            "* @office",
            "/data/villages/dongzhuang @dongzhuang @office",
            "/data/villages/dongzhuang/village.yaml @office",
            "/data/villages/nanbao @nanbao @office",
            "/data/villages/nanbao/village.yaml @office",
            "/data/villages/xizhuang @xizhuang @office",
            "/data/villages/xizhuang/village.yaml @office",
        ], lines);
    }

    [Fact]
    public void Giteas_file_names_the_record_folders_and_the_submodule_in_an_anchored_expression()
    {
        using var repo = new TownshipRepo();

        var lines = CodeOwners.Gitea(repo.Load()).Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..];

        Assert.Equal(".* @office", lines[0]);
        Assert.Equal("data/villages/dongzhuang(/(work-stats|monthly|clues|cross-province)/.*)? @dongzhuang", lines[1]);
        // Gitea wraps each expression in ^…$: village.yaml stays with the office alone.
        var rule = new System.Text.RegularExpressions.Regex("^" + lines[1].Split(' ')[0] + "$");
        Assert.Matches(rule, "data/villages/dongzhuang/clues/2025-001.yaml");
        Assert.Matches(rule, "data/villages/dongzhuang");
        Assert.DoesNotMatch(rule, "data/villages/dongzhuang/village.yaml");
        Assert.DoesNotMatch(rule, "data/villages/dongzhuang2/clues/2025-001.yaml");
    }
}
