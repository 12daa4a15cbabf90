using Nanwu.Checking;
using Nanwu.Loading;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.TestSupport;

namespace Nanwu.Checking.Tests;

/// <summary>
/// A fixture case: a folder under Cases/ whose files (under data/) replace or add to a copy of
/// the sample data, an optional removed.txt of repository paths to delete, and expected.txt:
/// the exact diagnostic lines the change adds to those of the unchanged sample data.
/// </summary>
public static class CaseFolder
{
    public static readonly DateOnly AsOf = new(2025, 7, 20);

    private static readonly Lazy<IReadOnlyList<string>> BaseLines = new(() => Run(CopyOfSample()));

    public static string CasesRoot => Path.Combine(Repo.Root, "tests", "Nanwu.Checking.Tests", "Cases");

    public static IEnumerable<object[]> All() =>
        Directory.GetDirectories(CasesRoot).Order(StringComparer.Ordinal).Select(d => new object[] { Path.GetFileName(d) });

    /// <summary>The diagnostics the case adds to the sample data's, in order.</summary>
    public static IReadOnlyList<string> NewDiagnostics(string caseName)
    {
        var root = CopyOfSample();
        var caseDir = Path.Combine(CasesRoot, caseName);
        var overlay = Path.Combine(caseDir, "data");
        var files = Directory.Exists(overlay) ? Directory.GetFiles(overlay, "*", SearchOption.AllDirectories) : [];
        foreach (var file in files)
        {
            var target = Path.Combine(root, Path.GetRelativePath(caseDir, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        var removed = Path.Combine(caseDir, "removed.txt");
        foreach (var line in File.Exists(removed) ? File.ReadAllLines(removed) : [])
        {
            File.Delete(Path.Combine(root, line.Trim()));
        }

        var remaining = BaseLines.Value.ToList();
        var added = new List<string>();
        foreach (var line in Run(root))
        {
            if (!remaining.Remove(line))
            {
                added.Add(line);
            }
        }

        Directory.Delete(root, recursive: true);
        return added;
    }

    /// <summary>
    /// Loads and checks a repository copy; the diagnostics as printed lines. Asserts on the way
    /// that every file of data/ was accounted for: a record, an asset, or an error naming it.
    /// </summary>
    public static IReadOnlyList<string> Run(string root)
    {
        var bag = new DiagnosticBag();
        var data = new DataLoader(root, ReadLimits.Default).Load(bag);
        Checker.Check(new CheckContext(data, AsOf, bag));
        var sorted = bag.Sorted();
        AssertEveryFileAccountedFor(root, data.Files, sorted);
        return sorted.Select(d => d.ToString()).ToList();
    }

    private static void AssertEveryFileAccountedFor(
        string root, IReadOnlyList<Records.Model.DataFile> files, IReadOnlyList<Diagnostic> diagnostics)
    {
        var listed = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(root, "data"), "*", SearchOption.AllDirectories))
        {
            var path = Path.GetRelativePath(root, file).Replace('\\', '/');
            Assert.True(listed.Contains(path) || diagnostics.Any(d => d.IsError && d.Span.Path == path),
                $"{path} is neither loaded nor named in an error");
        }

        foreach (var rejected in files.Where(f => f.Status == Records.Model.FileStatus.Rejected))
        {
            Assert.True(diagnostics.Any(d => d.IsError && d.Span.Path == rejected.Path),
                $"{rejected.Path} was rejected without an error naming it");
        }
    }

    /// <summary>A fresh temporary copy of data/ and schemas/.</summary>
    public static string CopyOfSample()
    {
        var root = Path.Combine(Path.GetTempPath(), "nanwu-case-" + Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(Repo.Root, "data"), Path.Combine(root, "data"));
        Copy(Path.Combine(Repo.Root, "schemas"), Path.Combine(root, "schemas"));
        return root;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
