using System.IO.Compression;
using System.Text;
using Nanwu.Rendering.Pages;

namespace Nanwu.Rendering.Wall;

/// <summary>
/// Which files of a public site the wall reads, and how: text files as they are, and the search
/// index that Pagefind writes gzip-compressed (its fragments hold each page's words, its index
/// the words themselves), unpacked first, so a private value cannot hide in the index.
/// </summary>
/// <remarks>Note: words drawn inside a picture are beyond the wall; pictures are checked in review.</remarks>
internal static class WallFiles
{
    private static readonly UTF8Encoding Lenient =
        new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static bool IsRead(string path) => SitePaths.IsText(path) || IsSearchIndex(path);

    /// <summary>Pagefind's compressed files: .pf_fragment, .pf_index, .pf_meta, .pf_filter.</summary>
    public static bool IsSearchIndex(string path) =>
        Path.GetExtension(path).StartsWith(".pf_", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The text of a file. The index's binary framing decodes to replacement characters, which
    /// end no word; its words, stored as UTF-8, come through whole.
    /// </summary>
    public static string Read(string fullPath)
    {
        if (!IsSearchIndex(fullPath))
        {
            return File.ReadAllText(fullPath);
        }

        using var file = File.OpenRead(fullPath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return Lenient.GetString(buffer.ToArray());
    }
}
