using Nanwu.Records.Model;

namespace Nanwu.Rendering.Public;

/// <summary>Where each public page lives, relative to the site root, and where its files come from.</summary>
public static class PublicUrls
{
    public const string Index = "index.html";
    public const string Notices = "notices/index.html";
    public const string Cases = "cases/index.html";

    /// <summary>The page residents are sent to from every page: 如何举报 (data/pages/ruhe-jubao.md).</summary>
    public const string ReportSlug = "ruhe-jubao";

    /// <summary>notices/&lt;slug&gt;.html, cases/&lt;slug&gt;.html or &lt;slug&gt;.html.</summary>
    public static string Of(Notice notice) => OutputFolder(notice.Kind) + notice.Slug + ".html";

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
