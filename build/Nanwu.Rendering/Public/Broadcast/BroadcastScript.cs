using Nanwu.Records.Model;

namespace Nanwu.Rendering.Public.Broadcast;

/// <summary>
/// A notice or typical case as a script for the village loudspeaker: a greeting, the title, the
/// body and a closing line, in plain paragraphs with every number in words.
/// </summary>
public sealed record BroadcastScript(IReadOnlyList<string> Paragraphs)
{
    /// <summary>The script as a text file: one paragraph a line, a blank line between.</summary>
    public string Text => string.Join("\n\n", Paragraphs) + "\n";

    public int Seconds => ReadingTime.Seconds(Text);

    public static BroadcastScript For(Notice notice)
    {
        var what = notice.Kind == RecordKind.TypicalCase ? "一个非法集资典型案例" : "一则防范非法集资的提醒";
        var date = SpokenText.Of($"{notice.PublishedOn.Year}年{notice.PublishedOn.Month}月{notice.PublishedOn.Day}日");
        var paragraphs = new List<string>
        {
            $"各位乡亲，现在播送{what}。",
            EndTitle(SpokenText.Of(notice.Title)),
        };
        paragraphs.AddRange(ScriptText.Paragraphs(notice.Markdown));
        paragraphs.Add($"以上内容由{notice.Publisher}于{date}发布。请大家相互转告，提醒家里的老人。");
        return new BroadcastScript(paragraphs);
    }

    private static string EndTitle(string title) =>
        title.Length > 0 && title[^1] is '。' or '？' or '！' ? title : title + "。";
}
