using Nanwu.Records.Diagnostics;
using Nanwu.Rendering.Public.Images;

namespace Nanwu.Rendering.Public;

/// <summary>
/// The files beside the Markdown that pages use, checked: an image needs words for those who
/// cannot see it, a linked file must exist, and a file nothing uses is reported, so every file
/// of data/ is accounted for.
/// </summary>
internal static class LinkedFiles
{
    /// <summary>The files to publish: (site path, data path), in order.</summary>
    public static IReadOnlyList<(string SitePath, string DataPath)> Collect(
        IReadOnlyList<RenderedArticle> articles,
        IReadOnlyList<string> dataAssets,
        IReadOnlyDictionary<string, PublishedAsset>? published,
        ICollection<Diagnostic> diagnostics)
    {
        var inData = dataAssets.ToHashSet(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (notice, body) in articles)
        {
            var dataFolder = PublicUrls.DataFolder(notice.Kind);
            foreach (var link in body.Links)
            {
                var span = new SourceSpan(notice.Source.Path, notice.BodyLine + link.Line, link.Column + 1);
                if (link.IsImage && link.Alt.Length == 0)
                {
                    diagnostics.Add(Messages.ImageWithoutAlt(span, link.File));
                }

                var dataPath = dataFolder + link.File;
                if (!inData.Contains(dataPath))
                {
                    if (!IsPage(link.File))
                    {
                        diagnostics.Add(Messages.LinkedFileMissing(span, link.File, dataFolder));
                    }

                    continue;
                }

                used.Add(dataPath);
                if (published is null || published.ContainsKey(dataPath))
                {
                    files[PublicUrls.OutputFolder(notice.Kind) + link.File] = dataPath;
                }
            }
        }

        foreach (var unused in dataAssets.Where(a => !used.Contains(a)).Order(StringComparer.Ordinal))
        {
            diagnostics.Add(Messages.AssetUnused(unused));
        }

        return files.Select(f => (f.Key, f.Value)).ToList();
    }

    // A link to another page of the site (cases/x.html from a notice's folder) is not a file of data/.
    private static bool IsPage(string file) =>
        Path.GetExtension(file).ToLowerInvariant() is ".html" or ".htm";
}
