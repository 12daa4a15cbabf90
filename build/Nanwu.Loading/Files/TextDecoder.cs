using System.Text;
using Nanwu.Records.Diagnostics;

namespace Nanwu.Loading.Files;

/// <summary>
/// Turns file bytes into text. UTF-8, with or without BOM, is accepted; anything else is
/// named (GBK/GB18030, UTF-16) with the fix, never guessed at silently. Line ends come out as
/// <c>\n</c> whatever the editor wrote, so every later stage counts lines the same way.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static string? Decode(string path, ReadOnlySpan<byte> bytes, ICollection<Diagnostic> diagnostics)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
            || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            diagnostics.Add(Messages.NotUtf8(SourceSpan.FileStart(path), "UTF-16"));
            return null;
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            if (text.Contains('\0'))
            {
                diagnostics.Add(Messages.NotUtf8(SourceSpan.FileStart(path), "二进制文件"));
                return null;
            }

            return LineEnds.Normalise(text);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 && e.Index < bytes.Length ? e.Index : 0;
            var place = PositionOf(path, bytes, at);
            diagnostics.Add(IsDamagedUtf8(bytes) ? Messages.DamagedUtf8(place) : Messages.NotUtf8(place, Guess(bytes)));
            return null;
        }
    }

    // The line and column of the first bad byte, counting the valid text before it.
    private static SourceSpan PositionOf(string path, ReadOnlySpan<byte> bytes, int index)
    {
        var before = LineEnds.Normalise(Encoding.UTF8.GetString(bytes[..index]));
        var line = 1 + before.Count(c => c == '\n');
        var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
        return new SourceSpan(path, line, column);
    }

    // UTF-8 Chinese with a byte or two gone wrong (a flipped bit, a cut in the middle of a
    // character), as opposed to a whole file in another encoding, which breaks nearly everywhere.
    private static bool IsDamagedUtf8(ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var broken = text.Count(c => c == '\uFFFD');
        return broken <= 3 && text.Count(c => c > '\u007F' && c != '\uFFFD') > 4 * broken;
    }

    private static string Guess(ReadOnlySpan<byte> bytes)
    {
        var gb = Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            var text = gb.GetString(bytes);
            return text.Any(c => c >= '\u4e00' && c <= '\u9fff') ? "GBK/GB18030 中文编码" : "未知编码";
        }
        catch (DecoderFallbackException)
        {
            return "未知编码";
        }
    }
}
