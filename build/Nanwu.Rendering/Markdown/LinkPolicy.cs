using System.Text.RegularExpressions;

namespace Nanwu.Rendering.Markdown;

/// <summary>
/// Which link and image addresses a public page may carry: links to http(s), mailto, tel or a
/// relative address; images only from a file beside the page (no request to another site).
/// </summary>
internal static partial class LinkPolicy
{
    private static readonly string[] LinkSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>The lower-case scheme as a browser would read it, or null for a relative address.</summary>
    public static string? Scheme(string url)
    {
        // Browsers drop controls, spaces, tabs and newlines before reading the scheme.
        var compact = new string(url.Where(c => c > ' ' && c != '\u007f').ToArray());
        var match = SchemePattern().Match(compact);
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : null;
    }

    public static bool IsAllowedLink(string url) =>
        Scheme(url) is not { } scheme || LinkSchemes.Contains(scheme);

    /// <summary>
    /// A bare file name beside the page (<c>poster.png</c>, <c>./poster.png</c>), without a query
    /// or fragment it may carry (<c>poster.png?v=2</c> is poster.png).
    /// </summary>
    public static string? LocalFile(string url)
    {
        var trimmed = url.Trim();
        var end = trimmed.IndexOfAny(['?', '#']);
        trimmed = end < 0 ? trimmed : trimmed[..end];
        if (trimmed.StartsWith("./", StringComparison.Ordinal))
        {
            trimmed = trimmed[2..];
        }

        var bare = trimmed.Length > 0 && Scheme(trimmed) is null
            && trimmed.IndexOfAny(['/', '\\', '?', '#', ':']) < 0 && trimmed is not ("." or "..");
        return bare ? trimmed : null;
    }

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex SchemePattern();
}
