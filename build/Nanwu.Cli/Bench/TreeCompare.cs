namespace Nanwu.Cli.Bench;

/// <summary>Whether two output folders hold the same files with the same bytes.</summary>
public sealed record TreeCompare(int Files, string? FirstDifference)
{
    public bool Same => FirstDifference is null;

    public static TreeCompare Of(string left, string right)
    {
        var a = RelativeFiles(left);
        var b = RelativeFiles(right);
        var onlyOne = a.Except(b).Concat(b.Except(a)).Order(StringComparer.Ordinal).FirstOrDefault();
        if (onlyOne is not null)
        {
            return new TreeCompare(a.Count, $"{onlyOne}（只在一边有）");
        }

        var changed = a.Order(StringComparer.Ordinal)
            .FirstOrDefault(f => !SameBytes(Path.Combine(left, f), Path.Combine(right, f)));
        return new TreeCompare(a.Count, changed is null ? null : $"{changed}（内容不同）");
    }

    private static HashSet<string> RelativeFiles(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
                .ToHashSet(StringComparer.Ordinal)
            : [];

    private static bool SameBytes(string left, string right) =>
        new FileInfo(left).Length == new FileInfo(right).Length &&
        File.ReadAllBytes(left).AsSpan().SequenceEqual(File.ReadAllBytes(right));
}
