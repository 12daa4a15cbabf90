using System.IO.Compression;

namespace Nanwu.Workbooks.Xlsx;

/// <summary>
/// Rewrites a package so that the same content gives the same bytes: entries in a fixed order
/// ([Content_Types].xml first, as readers expect, then by name) and every entry dated the same
/// day instead of the moment of saving.
/// </summary>
internal static class DeterministicZip
{
    private const string ContentTypes = "[Content_Types].xml";

    public static byte[] Rewrite(byte[] package, DateOnly stamp)
    {
        var entries = Read(package);
        var time = new DateTimeOffset(stamp.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = time;
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        return output.ToArray();
    }

    private static List<(string Name, byte[] Bytes)> Read(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return zip.Entries
            .Select(e =>
            {
                using var stream = e.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return (e.FullName, copy.ToArray());
            })
            .OrderBy(e => e.FullName == ContentTypes ? 0 : 1)
            .ThenBy(e => e.FullName, StringComparer.Ordinal)
            .ToList();
    }
}
