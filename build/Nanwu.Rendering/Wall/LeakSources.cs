using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;
using Nanwu.Rendering.Public;

namespace Nanwu.Rendering.Wall;

/// <summary>
/// Traces a leak back to the notice, case or page that wrote it: the .md behind the public
/// file first (its page, posters and broadcast script), then every other .md in path order,
/// since lists, the feed and the search index repeat what a notice says.
/// </summary>
internal sealed class LeakSources
{
    private readonly IReadOnlyList<Notice> _notices;
    private readonly Dictionary<string, Notice> _byPublicFile = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceText> _texts = new(StringComparer.Ordinal);

    public LeakSources(IEnumerable<Notice> notices)
    {
        _notices = notices.OrderBy(n => n.Source.Path, StringComparer.Ordinal).ToList();
        foreach (var notice in _notices)
        {
            string[] files =
            [
                PublicUrls.Of(notice), PublicUrls.Poster(notice, "A4"), PublicUrls.Poster(notice, "A3"),
                PublicUrls.Broadcast(notice), PublicUrls.BroadcastText(notice),
            ];
            foreach (var file in files)
            {
                _byPublicFile.TryAdd(file, notice);
            }
        }
    }

    /// <summary>Where the value was written in a .md, or null when no .md holds it.</summary>
    /// <param name="publicFile">The public file, relative to the site root.</param>
    /// <param name="value">The private value found there.</param>
    public SourceSpan? Find(string publicFile, string value)
    {
        var first = _byPublicFile.GetValueOrDefault(publicFile);
        var order = first is null ? _notices : _notices.Where(n => n != first).Prepend(first);
        return order.Select(n => TextOf(n).Find(value)).FirstOrDefault(span => span is not null);
    }

    private SourceText TextOf(Notice notice)
    {
        if (_texts.TryGetValue(notice.Source.Path, out var known))
        {
            return known;
        }

        // The front matter values where the loader found them, then the body from its first line.
        // Note: a quoted or escaped front matter value puts the column a character or two off.
        var text = new SourceText(notice.Source.Path);
        var pieces = new[] { ("标题", notice.Title), ("发布单位", notice.Publisher), ("摘要", notice.Summary) }
            .Select(p => (At: notice.Source.At(p.Item1), Text: p.Item2))
            .Append((At: new SourceSpan(notice.Source.Path, notice.BodyLine, 1), Text: notice.Markdown))
            .OrderBy(p => p.At.Line).ThenBy(p => p.At.Column);
        foreach (var (at, piece) in pieces)
        {
            text.Add(at.Line, at.Column, piece);
        }

        _texts[notice.Source.Path] = text;
        return text;
    }
}
