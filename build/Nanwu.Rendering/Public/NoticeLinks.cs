using Nanwu.Records.Model;
using Nanwu.Rendering.Markdown;
using Nanwu.Rendering.Pages;

namespace Nanwu.Rendering.Public;

/// <summary>
/// Relative links in a body that point into data/: a notice, case or page written as its .md
/// (<c>../pages/ruhe-jubao.md</c>, <c>jiezhai-fuwu.md</c>) becomes the address of its page;
/// any other data file (a record, a missing .md, a file beside another page) is not on the
/// public site, so the link is removed and its words kept. Files beside the page itself and
/// links to the site's own pages (.html) are left as written.
/// </summary>
internal sealed class NoticeLinks
{
    private static readonly string[] DataExtensions = [".md", ".markdown", ".yaml", ".yml"];

    private readonly Dictionary<string, Notice> _notices;
    private readonly HashSet<string> _files;
    private readonly HashSet<string> _assets;

    public NoticeLinks(DataSet data)
    {
        _notices = data.Notices.GroupBy(n => n.Source.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _assets = data.Assets.ToHashSet(StringComparer.Ordinal);
        _files = data.Files.Select(f => f.Path).Concat(data.Assets).Concat(data.Stamped.Select(s => s.Path))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The decision for each relative link of one notice's body.</summary>
    public Func<string, LinkDecision> For(Notice notice) => url => Decide(notice, url);

    private LinkDecision Decide(Notice notice, string url)
    {
        var cut = url.IndexOfAny(['?', '#']);
        var path = Uri.UnescapeDataString(cut < 0 ? url : url[..cut]);
        var fragment = url.IndexOf('#') is var hash and >= 0 ? url[hash..] : "";
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var folder = notice.Source.Path[..(notice.Source.Path.LastIndexOf('/') + 1)];
        var target = Resolve(folder, path);
        var isData = DataExtensions.Contains(extension) || target is not null && _files.Contains(target);
        if (!isData || target is not null && Folder(target) == folder && _assets.Contains(target))
        {
            return LinkDecision.Keep;
        }

        if (extension == ".md" && target is not null && _notices.TryGetValue(target, out var other))
        {
            return LinkDecision.To(Address(notice, other) + fragment);
        }

        return LinkDecision.Remove(exists: target is not null && _files.Contains(target));
    }

    /// <summary>The page of <paramref name="to"/> as seen from the page of <paramref name="from"/>.</summary>
    private static string Address(Notice from, Notice to)
    {
        var (page, other) = (PublicUrls.Of(from), PublicUrls.Of(to));
        return Folder(page) == Folder(other) ? other[Folder(other).Length..] : SitePaths.RootOf(page) + other;
    }

    /// <summary>A relative path from a folder of the repository, or null when it climbs out of it.</summary>
    private static string? Resolve(string folder, string path)
    {
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("" or "."))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    private static string Folder(string path) => path[..(path.LastIndexOf('/') + 1)];
}
