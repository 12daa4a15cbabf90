using Nanwu.Records.Model;

namespace Nanwu.Rendering.Public;

/// <summary>Where each public page lives, relative to the site root, and where its files come from.</summary>
public static class PublicUrls
{
    public const string Index = "index.html";
    public const string Notices = "notices/index.html";
    public const string Cases = "cases/index.html";
    public const string Domains = "domains/index.html";
    public const string Search = "search.html";
    public const string Feed = "feed.xml";
    public const string Sitemap = "sitemap.xml";

    /// <summary>The picture a chat app shows for a page that has none of its own.</summary>
    public const string ShareImage = "assets/share.png";

    /// <summary>The page residents are sent to from every page: 如何举报 (data/pages/ruhe-jubao.md).</summary>
    public const string ReportSlug = "ruhe-jubao";

    /// <summary>notices/&lt;slug&gt;.html, cases/&lt;slug&gt;.html or &lt;slug&gt;.html.</summary>
    public static string Of(Notice notice) => OutputFolder(notice.Kind) + notice.Slug + ".html";

    /// <summary>domains/&lt;slug&gt;.html: the current notices and cases of one key domain.</summary>
    public static string Domain(string domain) => "domains/" + DomainSlugs.Of(domain) + ".html";

    /// <summary>
    /// notices/&lt;slug&gt;.a4.html: the printable poster, beside the page so the images it shares
    /// with the page load from the same folder. A slug has no dot, so no page can take this name.
    /// </summary>
    public static string Poster(Notice notice, string paper) =>
        OutputFolder(notice.Kind) + notice.Slug + "." + paper.ToLowerInvariant() + ".html";

    /// <summary>notices/&lt;slug&gt;.guangbo.html: the loudspeaker script as a page.</summary>
    public static string Broadcast(Notice notice) => OutputFolder(notice.Kind) + notice.Slug + ".guangbo.html";

    /// <summary>notices/&lt;slug&gt;.guangbo.txt: the loudspeaker script as plain text.</summary>
    /// <remarks>
    /// Note: UTF-8 without a byte-order mark, like every file; a host that serves .txt without a
    /// charset may show it garbled in a browser. The .guangbo.html page shows the same text.
    /// </remarks>
    public static string BroadcastText(Notice notice) => OutputFolder(notice.Kind) + notice.Slug + ".guangbo.txt";

    /// <summary>The site folder a kind's pages (and the files beside them) go to, with its slash.</summary>
    public static string OutputFolder(RecordKind kind) => kind switch
    {
        RecordKind.Notice => "notices/",
        RecordKind.TypicalCase => "cases/",
        _ => "",
    };

    /// <summary>The data/ folder a kind's Markdown (and the files beside it) comes from.</summary>
    public static string DataFolder(RecordKind kind) => kind switch
    {
        RecordKind.Notice => "data/notices/",
        RecordKind.TypicalCase => "data/typical-cases/",
        _ => "data/pages/",
    };
}
