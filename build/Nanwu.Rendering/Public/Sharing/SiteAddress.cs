namespace Nanwu.Rendering.Public.Sharing;

/// <summary>
/// The public site's address on the web, which makes the absolute links a feed, a sitemap, a
/// canonical link, a share card and a poster's QR code need. Pages link to each other relatively.
/// </summary>
public sealed class SiteAddress
{
    /// <summary>
    /// Used when no address is given (the README's sample build): the reserved .invalid domain
    /// can never belong to anyone, so a sample page can never point residents at a stranger's site.
    /// </summary>
    public const string Placeholder = "https://nanwu.invalid/";

    private SiteAddress(string root) => Root = root;

    /// <summary>The site root, always ending in <c>/</c>: <c>https://example.gov.cn/fangfei/</c>.</summary>
    public string Root { get; }

    /// <summary>Whether this is the placeholder, not a real address.</summary>
    public bool IsPlaceholder => Root == Placeholder;

    /// <summary>The address given, or the placeholder when none was.</summary>
    public static SiteAddress From(string? baseUrl) =>
        string.IsNullOrWhiteSpace(baseUrl) ? new SiteAddress(Placeholder)
        : TryParse(baseUrl, out var address, out var problem) ? address
        : throw new ArgumentException(problem, nameof(baseUrl));

    /// <summary>Accepts an absolute http or https address without query or fragment.</summary>
    public static bool TryParse(string text, out SiteAddress address, out string problem)
    {
        address = new SiteAddress(Placeholder);
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            problem = $"“{text}”不是以 http:// 或 https:// 开头的完整网址，如 https://www.example.gov.cn/fangfei/";
            return false;
        }

        if (uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            problem = $"网址“{text}”带有 ? # 或用户名；请只写网站的根地址，如 https://www.example.gov.cn/fangfei/";
            return false;
        }

        var root = uri.AbsoluteUri;
        address = new SiteAddress(root.EndsWith('/') ? root : root + "/");
        problem = "";
        return true;
    }

    /// <summary>The absolute address of a path in the site (<c>notices/a.html</c>).</summary>
    public string Of(string sitePath) => Root + sitePath;
}
