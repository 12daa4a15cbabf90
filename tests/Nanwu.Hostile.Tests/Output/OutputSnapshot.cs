namespace Nanwu.Hostile.Tests.Output;

/// <summary>Every file below a folder with its bytes, by relative path, to compare two states of out/.</summary>
public static class OutputSnapshot
{
    public static SortedDictionary<string, byte[]> Of(string folder) =>
        new(Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes)
            : [], StringComparer.Ordinal);

    public static void AssertSame(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(actual[pair.Key]), pair.Key));
    }

    public static bool Same(SortedDictionary<string, byte[]> a, SortedDictionary<string, byte[]> b) =>
        a.Keys.SequenceEqual(b.Keys) && a.All(pair => pair.Value.AsSpan().SequenceEqual(b[pair.Key]));
}
