using Nanwu.Loading.Files;
using Nanwu.Records.Diagnostics;
using Nanwu.Workbooks.Export;

namespace Nanwu.Workbooks.Import;

/// <summary>
/// The 记录编号 column of a register: an existing record's id, so import writes back to its file;
/// blank for a new row. A malformed or repeated id is an error naming its cell.
/// </summary>
internal sealed class RecordIdColumn(SheetContext sheet, FormPlace place)
{
    private readonly Dictionary<string, SourceSpan> _seen = new(StringComparer.Ordinal);

    public int? Column { get; } = place.ExtraColumns.TryGetValue(ExtraColumns.RecordId, out var c) ? c : null;

    /// <summary>The id in this row; null for a new row; false when it cannot be used.</summary>
    public bool Read(int row, out string? id)
    {
        id = null;
        if (Column is not { } column || sheet.Grid.Own(row, column).IsEmpty)
        {
            return true;
        }

        var span = sheet.Grid.Span(row, column);
        var text = Labels.Normalise(sheet.Grid.Own(row, column).Text).ToLowerInvariant();
        if (!DataLayout.IsValidId(text))
        {
            sheet.Problems.Add(Messages.BadRecordId(span, text));
            return false;
        }

        if (_seen.TryGetValue(text, out var first))
        {
            sheet.Problems.Add(Messages.DuplicateRecordId(span, text, first.ToString()));
            return false;
        }

        _seen[text] = span;
        id = text;
        return true;
    }
}
