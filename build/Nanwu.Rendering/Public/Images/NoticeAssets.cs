using Nanwu.Records.Diagnostics;

namespace Nanwu.Rendering.Public.Images;

/// <summary>
/// Reads every file kept beside the notices, cases and pages and prepares it for the public site:
/// images resized and stripped, SVG drawings cleaned, PDF files as they are. A file that cannot
/// be published is reported and left out.
/// </summary>
/// <remarks>Note: PDF files keep their own metadata (author, software); nothing here rewrites them.</remarks>
public static class NoticeAssets
{
    /// <summary>No image or document a notice needs is this large; a bigger file is a mistake.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>The publishable assets by their path in the repository (data/notices/a.png).</summary>
    public static IReadOnlyDictionary<string, PublishedAsset> Prepare(
        string repoRoot, IEnumerable<string> assetPaths, ICollection<Diagnostic> diagnostics)
    {
        var paths = assetPaths.Order(StringComparer.Ordinal).ToList();
        var results = new (PublishedAsset? Asset, Diagnostic? Problem)[paths.Count];
        Parallel.For(0, paths.Count, i => results[i] = Prepare(repoRoot, paths[i]));

        var published = new SortedDictionary<string, PublishedAsset>(StringComparer.Ordinal);
        for (var i = 0; i < paths.Count; i++)
        {
            if (results[i].Problem is { } problem)
            {
                diagnostics.Add(problem);
            }
            else if (results[i].Asset is { } asset)
            {
                published[paths[i]] = asset;
            }
        }

        return published;
    }

    private static (PublishedAsset?, Diagnostic?) Prepare(string repoRoot, string path)
    {
        var full = Path.Combine(repoRoot, path);
        var length = new FileInfo(full).Length;
        if (length > MaxBytes)
        {
            return (null, Messages.ImageTooLarge(path, $"{length / 1024 / 1024} MB", $"{MaxBytes / 1024 / 1024} MB"));
        }

        var bytes = File.ReadAllBytes(full);
        var extension = Path.GetExtension(path);
        if (extension.Equals(".svg", StringComparison.OrdinalIgnoreCase))
        {
            var (svg, problem) = SvgCleaner.Clean(System.Text.Encoding.UTF8.GetString(bytes));
            return svg is null
                ? (null, Messages.UnsafeSvg(path, problem!))
                : (new PublishedAsset(System.Text.Encoding.UTF8.GetBytes(svg), null), null);
        }

        return RasterImages.Extensions.Contains(extension)
            ? Raster(path, bytes, extension)
            : (new PublishedAsset(bytes, null), null);
    }

    private static (PublishedAsset?, Diagnostic?) Raster(string path, byte[] bytes, string extension)
    {
        try
        {
            if (RasterImages.Identify(bytes) is not var (width, height))
            {
                return (null, Messages.ImageUnreadable(path, "不是认得的图片格式"));
            }

            if ((long)width * height > RasterImages.MaxPixels)
            {
                return (null, Messages.ImageTooLarge(path, $"{width}×{height} 像素", "四千万像素"));
            }

            var (published, size) = RasterImages.Publish(bytes, extension);
            return (new PublishedAsset(published, size), null);
        }
        catch (Exception e) when (e is SixLabors.ImageSharp.ImageFormatException or InvalidDataException)
        {
            return (null, Messages.ImageUnreadable(path, "文件已损坏或不完整"));
        }
    }
}
