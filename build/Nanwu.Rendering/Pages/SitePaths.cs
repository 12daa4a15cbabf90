namespace Nanwu.Rendering.Pages;

/// <summary>Relative paths inside a site: how deep a page is and how it links back to the root.</summary>
public static class SitePaths
{
    /// <summary>
    /// Ids from data/ are checked when loading; this guards against a path that would leave
    /// the site folder all the same.
    /// </summary>
    public static void Check(string path)
    {
        var bad = path.Length == 0 || path.StartsWith('/') || path.Contains('\\')
            || path.Split('/').Any(part => part is "" or "." or "..");
        if (bad)
        {
            throw new InvalidOperationException($"unsafe output path {path}");
        }
    }

    /// <summary>The prefix that leads from a page back to the site root: "", "../", "../../".</summary>
    public static string RootOf(string path) =>
        string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/')));

    /// <summary>Whether a file is text the public wall must read.</summary>
    public static bool IsText(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm" or ".xml" or ".css" or ".js"
            or ".json" or ".txt" or ".svg" or ".webmanifest";
}
