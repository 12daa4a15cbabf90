using DocumentFormat.OpenXml.Spreadsheet;

namespace Nanwu.Workbooks.Xlsx;

/// <summary>The shared string table, in order of first use.</summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];
    private int _uses;

    public int Add(string text)
    {
        _uses++;
        if (!_index.TryGetValue(text, out var i))
        {
            i = _strings.Count;
            _index[text] = i;
            _strings.Add(text);
        }

        return i;
    }

    public SharedStringTable Table() =>
        new(_strings.Select(s => new SharedStringItem(new Text(s) { Space = Preserved(s) })))
        {
            Count = (uint)_uses,
            UniqueCount = (uint)_strings.Count,
        };

    private static DocumentFormat.OpenXml.EnumValue<DocumentFormat.OpenXml.SpaceProcessingModeValues>? Preserved(
        string s) =>
        s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]) || s.Contains('\n'))
            ? DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve
            : null;
}
