using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;
using ImageSize = Nanwu.Rendering.Markdown.ImageSize;

namespace Nanwu.Rendering.Public.Images;

/// <summary>
/// Makes a photo or poster fit for a phone: turned upright, at most <see cref="MaxWidth"/> pixels
/// wide, and with every piece of metadata removed (EXIF with its GPS position and camera, XMP,
/// IPTC, ICC, PNG text, GIF comments). The format stays the one the file name says.
/// </summary>
/// <remarks>
/// Note: a flat-colour poster can come out larger than it went in (960 pixels of anti-aliased
/// PNG); photos, as JPEG, come out smaller.
/// Note: ImageSharp 2.1 has had flaws reported with crafted images. The files come from reviewed
/// pull requests, are size-checked before decoding, and the build runs on the office's machine.
/// </remarks>
public static class RasterImages
{
    /// <summary>Sharp on a 375-point phone screen at 2.5× and light on a rural mobile connection.</summary>
    public const int MaxWidth = 960;

    /// <summary>Anything larger is a scan at the wrong setting, and would cost much memory to decode.</summary>
    public const long MaxPixels = 40_000_000;

    public static readonly IReadOnlySet<string> Extensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".png", ".jpg", ".jpeg", ".gif", ".webp" };

    /// <summary>Reads the header only: the size, or null when no known image format matches.</summary>
    public static (int Width, int Height)? Identify(byte[] bytes)
    {
        var info = Image.Identify(bytes);
        return info is null ? null : (info.Width, info.Height);
    }

    /// <summary>Re-encodes an image for the public site; throws on a file that does not decode.</summary>
    public static (byte[] Bytes, ImageSize Size) Publish(byte[] bytes, string extension)
    {
        using var image = Image.Load(bytes);
        image.Mutate(x => x.AutoOrient());
        if (image.Width > MaxWidth)
        {
            image.Mutate(x => x.Resize(MaxWidth, 0));
        }

        StripMetadata(image);
        using var output = new MemoryStream();
        image.Save(output, EncoderFor(extension));
        return (output.ToArray(), new ImageSize(image.Width, image.Height));
    }

    private static void StripMetadata(Image image)
    {
        var metadata = image.Metadata;
        metadata.ExifProfile = null;
        metadata.XmpProfile = null;
        metadata.IptcProfile = null;
        metadata.IccProfile = null;
        metadata.GetPngMetadata().TextData.Clear();
        metadata.GetGifMetadata().Comments.Clear();
        foreach (var frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.XmpProfile = null;
            frame.Metadata.IptcProfile = null;
            frame.Metadata.IccProfile = null;
        }
    }

    private static IImageEncoder EncoderFor(string extension) => extension.ToLowerInvariant() switch
    {
        ".png" => new PngEncoder { CompressionLevel = PngCompressionLevel.BestCompression },
        ".jpg" or ".jpeg" => new JpegEncoder { Quality = 82 },
        ".gif" => new GifEncoder(),
        ".webp" => new WebpEncoder { Quality = 80 },
        _ => throw new ArgumentException($"not an image extension: {extension}", nameof(extension)),
    };
}
