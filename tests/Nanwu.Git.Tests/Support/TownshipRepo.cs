using System.Text;
using Nanwu.Git.Trees;
using Nanwu.Loading;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;
using Nanwu.TestSupport;

namespace Nanwu.Git.Tests.Support;

/// <summary>
/// A small township repository in a temporary folder: the real schemas, township.yaml (office
/// account "office"), rounds 2024-12 and 2025-06, and three villages whose account is their id.
/// Commits are made at chosen instants.
/// </summary>
public sealed class TownshipRepo : IDisposable
{
    public static readonly (string Id, string Name)[] Villages =
        [("dongzhuang", "东庄村"), ("nanbao", "南堡村"), ("xizhuang", "西庄村")];

    private readonly TempFolder _temp = new("git-test");

    public TownshipRepo(string trustedFrom = "2024-07-01", bool init = true, bool withVillages = true)
    {
        Root = Path.Combine(_temp.Path, "township");
        Directory.CreateDirectory(Root);
        if (init)
        {
            TestGit.Run(Root, "init", "-q", "-b", "main");
            // The office's identity, as tags are made by the code under test with the repository's settings.
            TestGit.Run(Root, "config", "user.name", "office");
            TestGit.Run(Root, "config", "user.email", "office@example.invalid");
        }

        CopyFolder(Repo.Path("schemas"), Path.Combine(Root, "schemas"));
        Write("data/township.yaml", Township());
        Write("data/leading-group.yaml", File.ReadAllText(Repo.Path("data/leading-group.yaml")));
        Write("data/rounds.yaml", Rounds(trustedFrom));
        foreach (var (id, name) in withVillages ? Villages : [])
        {
            Write($"data/villages/{id}/village.yaml", RecordText.Village(name, id));
        }
    }

    public string Root { get; }

    /// <summary>A folder beside the repository for bare repositories, clones and the like.</summary>
    public string Scratch => _temp.Path;

    public GitRepo Git => GitRepo.Open(Root)!;

    public void Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
    }

    public void Remove(string path) => File.Delete(Path.Combine(Root, path));

    /// <summary>Commits everything at an instant (2025-06-10T10:00:00+08:00) and returns the commit.</summary>
    public string Commit(string message, string instant, string account = "office")
    {
        TestGit.Run(Root, "add", "-A");
        TestGit.Run(Root, TestGit.At(instant, account), ["commit", "-q", "--allow-empty", "-m", message]);
        return TestGit.Run(Root, "rev-parse", "HEAD").Trim();
    }

    public DataSet Load() => new DataLoader(Root, ReadLimits.Default).Load(new DiagnosticBag());

    public void Dispose() => _temp.Dispose();

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static string Township() =>
        "# yaml-language-server: $schema=../schemas/township.schema.json\n名称: 南武乡\n所属县: 文水县\n" +
        "主办单位: 南武乡人民政府\n办公室: 乡经济发展办\n联系电话: \"0358-5550100\"\n举报渠道: 山西省非法集资线索举报小程序\n" +
        "备案号: 晋ICP备00000000号\n网站标识码: \"1499000001\"\n办公室账号:\n  - \"office\"\n";

    private static string Rounds(string trustedFrom) =>
        "# yaml-language-server: $schema=../schemas/rounds.schema.json\n专项行动开始: 2024-07-01\n专项行动结束: 2025-12-31\n" +
        $"启用日期: {trustedFrom}\n月报报送日: 15\n轮次:\n" +
        "  - 编号: \"2024-12\"\n    统计截止: 2024-11-30\n    报送期限: 2024-12-15\n" +
        "  - 编号: \"2025-06\"\n    统计截止: 2025-05-31\n    报送期限: 2025-06-15\n";
}
