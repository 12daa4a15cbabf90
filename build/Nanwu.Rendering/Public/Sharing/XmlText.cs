using System.Text;
using System.Xml;

namespace Nanwu.Rendering.Public.Sharing;

/// <summary>Writes an XML document as UTF-8 text with \n line endings, the same bytes every time.</summary>
internal static class XmlText
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = Utf8, Indent = true, IndentChars = "  ", NewLineChars = "\n",
        };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        return Utf8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>A calendar date as the start of that day in China Standard Time (RFC 3339).</summary>
    public static string Rfc3339(DateOnly date) =>
        date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00+08:00";
}
