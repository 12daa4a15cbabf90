using Nanwu.Synthetic;
using Nanwu.TestSupport;

namespace Nanwu.Hostile.Tests.Fuzz;

/// <summary>
/// A small repository to fuzz: two villages, the township's own records and a few notices of
/// the sample data, with everything a build needs. Small, so one run of the whole pipeline
/// takes a few tens of milliseconds. The notice's picture is left out (preparing an image for
/// the public site costs more than all the rest); rounds add it back, damaged, now and then.
/// </summary>
public sealed class FuzzBase : IDisposable
{
    private static readonly string[] Kept =
    [
        "data/township.yaml", "data/leading-group.yaml", "data/rounds.yaml", "data/public-allow.yaml",
        "data/villages/dongzhuang/", "data/villages/nanbao/", "data/township/", "data/notices/jiezhai-fuwu.md",
        "data/notices/jingti-yanglao-touzi.md", "data/pages/ruhe-jubao.md",
        "data/typical-cases/yanglao-chuangwei-an.md",
    ];

    public FuzzBase()
    {
        Root = Path.Combine(Path.GetTempPath(), "nanwu-fuzz-" + Guid.NewGuid().ToString("N"));
        SyntheticData.CopyToolFiles(Repo.Root, Root);
        foreach (var file in Directory.GetFiles(Repo.Path("data"), "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Repo.Root, file).Replace('\\', '/');
            if (Kept.Any(k => relative == k || (k.EndsWith('/') && relative.StartsWith(k, StringComparison.Ordinal))))
            {
                var target = Path.Combine(Root, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        Files = Directory.GetFiles(Path.Combine(Root, "data"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public string Root { get; }

    /// <summary>Where the sample notice's picture belongs, and its bytes.</summary>
    public static (string Path, byte[] Bytes) Image { get; } =
        ("data/notices/yanglao-sibu.png", File.ReadAllBytes(Repo.Path("data/notices/yanglao-sibu.png")));

    /// <summary>The files of data/, relative to the root, in order.</summary>
    public IReadOnlyList<string> Files { get; }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
