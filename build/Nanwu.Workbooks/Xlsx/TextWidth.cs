using System.Globalization;

namespace Nanwu.Workbooks.Xlsx;

/// <summary>
/// How wide text is in spreadsheet column units: a Chinese character (or any full-width one)
/// counts two, others one. Computed here because measuring fonts needs a graphics library the
/// build machine does not have.
/// </summary>
internal static class TextWidth
{
    public static int Of(string text)
    {
        var width = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            width += IsWide(char.ConvertToUtf32(element, 0)) ? 2 : 1;
        }

        return width;
    }

    /// <summary>The widest line of a text with line breaks.</summary>
    public static int Widest(string text) => text.Split('\n').Max(Of);

    /// <summary>How many lines the text takes when wrapped in a cell <paramref name="columnWidth"/> wide.</summary>
    public static int Lines(string text, double columnWidth)
    {
        var room = Math.Max(1, (int)Math.Floor(columnWidth - 1));
        return text.Split('\n').Sum(line => Math.Max(1, (Of(line) + room - 1) / room));
    }

    // East Asian wide and full-width ranges, plus the curly quotes that CJK fonts draw full width.
    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60
            or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFD or 0x2018 or 0x2019 or 0x201C or 0x201D
            or 0x2026 or 0x2014;
}
