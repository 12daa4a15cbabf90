using System.Text;

namespace Nanwu.Rendering.Pages;

/// <summary>
/// The files of one site in memory, by path relative to the site folder (with <c>/</c>),
/// in ordinal order. Text is UTF-8 without BOM with <c>\n</c> line endings.
/// </summary>
public sealed class SiteFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public int Count => _files.Count;

    public IEnumerable<KeyValuePair<string, byte[]>> All => _files;

    public IEnumerable<string> Paths => _files.Keys;

    public void AddText(string path, string text) =>
        Add(path, Utf8.GetBytes(text.Replace("\r\n", "\n")));

    public void Add(string path, byte[] bytes)
    {
        SitePaths.Check(path);
        if (!_files.TryAdd(path, bytes))
        {
            throw new InvalidOperationException($"two pages would be written to {path}");
        }
    }

    public string Text(string path) => Utf8.GetString(_files[path]);

    public bool Contains(string path) => _files.ContainsKey(path);
}
