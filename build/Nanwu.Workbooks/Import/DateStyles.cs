using DocumentFormat.OpenXml.Spreadsheet;

namespace Nanwu.Workbooks.Import;

/// <summary>Which cell formats of a workbook show a number as a date (built-in or custom).</summary>
internal sealed class DateStyles(IReadOnlySet<uint> dateFormats)
{
    public bool IsDate(uint style) => dateFormats.Contains(style);

    public static DateStyles Of(Stylesheet? stylesheet)
    {
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
        var formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        var dates = new HashSet<uint>();
        for (var i = 0; i < formats.Count; i++)
        {
            var id = formats[i].NumberFormatId?.Value ?? 0;
            if (IsBuiltInDate(id) || (custom.TryGetValue(id, out var code) && LooksLikeDate(code)))
            {
                dates.Add((uint)i);
            }
        }

        return new DateStyles(dates);
    }

    // 14–22 and 45–47 everywhere; 27–36 and 50–58 are the Chinese locales' 年月日 formats.
    private static bool IsBuiltInDate(uint id) => id is >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47
        or >= 50 and <= 58;

    private static bool LooksLikeDate(string code)
    {
        var bare = new System.Text.StringBuilder();
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"' && !bracket)
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '[')
            {
                bracket = true;
            }
            else if (bracket && c == ']')
            {
                bracket = false;
            }
            else if (!quoted && !bracket && c == '\\')
            {
                i++;
            }
            else if (!quoted && !bracket)
            {
                bare.Append(char.ToLowerInvariant(c));
            }
        }

        var s = bare.ToString();
        return s.Contains('y') || s.Contains('d') || code.Contains('年') || code.Contains('日');
    }
}
