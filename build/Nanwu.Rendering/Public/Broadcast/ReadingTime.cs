namespace Nanwu.Rendering.Public.Broadcast;

/// <summary>
/// How long a script takes to read out. Village loudspeakers are heard by older people across a
/// yard, so the announcer reads slowly: 200 characters a minute (news readers manage 250–300).
/// Only characters that are spoken count; punctuation and spaces do not.
/// </summary>
public static class ReadingTime
{
    public const int CharactersPerMinute = 200;

    /// <summary>The spoken characters of a text.</summary>
    public static int SpokenCharacters(string text) => text.Count(char.IsLetterOrDigit);

    /// <summary>The reading time in seconds, rounded up to ten seconds.</summary>
    public static int Seconds(string text)
    {
        var seconds = (SpokenCharacters(text) * 60 + CharactersPerMinute - 1) / CharactersPerMinute;
        return (seconds + 9) / 10 * 10;
    }

    /// <summary>约 2 分 30 秒, 约 3 分钟, 约 40 秒.</summary>
    public static string Describe(int seconds) => (seconds / 60, seconds % 60) switch
    {
        (0, var s) => $"约 {s} 秒",
        (var m, 0) => $"约 {m} 分钟",
        var (m, s) => $"约 {m} 分 {s} 秒",
    };
}
