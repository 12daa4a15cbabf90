namespace Nanwu.Cli.Bench;

/// <summary>
/// The one-file change of the rebuild measurement: the remark (备注, free text) of the first
/// clue of the first village, which the internal portal and the clue register show, so the
/// change must reach the output while the data stays valid.
/// </summary>
public static class VillageEdit
{
    public const string Field = "备注";

    private const string Added = "（基准测试改动）";

    /// <summary>Changes the file; returns its path relative to the repository, or null when there is no clue.</summary>
    public static string? Apply(string repo)
    {
        var clue = FirstClue(Path.Combine(repo, "data"));
        if (clue is null)
        {
            return null;
        }

        var lines = File.ReadAllLines(clue);
        var index = Array.FindIndex(lines, l => l.StartsWith(Field + ":", StringComparison.Ordinal));
        if (index < 0 || IsBlockOrQuoted(lines[index]))
        {
            return null;
        }

        var value = lines[index][(Field.Length + 1)..].Trim();
        lines[index] = $"{Field}: {value}{Added}";
        File.WriteAllText(clue, string.Join('\n', lines) + "\n");
        return Path.GetRelativePath(repo, clue).Replace('\\', '/');
    }

    // A township keeps villages/ in data/; a county or province one folder per township.
    private static string? FirstClue(string data)
    {
        var township = Directory.Exists(Path.Combine(data, "villages")) ? data : First(data, "townships");
        var village = township is null ? null : First(township, "villages");
        var clues = village is null ? null : Path.Combine(village, "clues");
        return clues is not null && Directory.Exists(clues)
            ? Directory.GetFiles(clues, "*.yaml").Order(StringComparer.Ordinal).FirstOrDefault()
            : null;
    }

    private static string? First(string parent, string folder)
    {
        var path = Path.Combine(parent, folder);
        return Directory.Exists(path)
            ? Directory.GetDirectories(path).Order(StringComparer.Ordinal).FirstOrDefault()
            : null;
    }

    private static bool IsBlockOrQuoted(string line)
    {
        var value = line[(Field.Length + 1)..].TrimStart();
        return value.Length > 0 && value[0] is '|' or '>' or '"' or '\'';
    }
}
