using System.Text.Json.Nodes;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Workbooks.Import;

/// <summary>
/// A record read from a workbook, before it is written: its kind, its id (null for a new row of
/// a register), the record as its schema wants it, and the cell each field came from, so that
/// any later finding about the file can name the cell instead.
/// </summary>
internal sealed record ImportedRecord(
    RecordKind Kind,
    string? Id,
    JsonObject Record,
    IReadOnlyDictionary<string, SourceSpan> Cells,
    SourceSpan Anchor)
{
    /// <summary>The cell of a field, or of its nearest parent, or the row's first cell.</summary>
    public SourceSpan CellOf(string field)
    {
        for (var probe = field; probe.Length > 0; probe = probe.Contains('.') ? probe[..probe.LastIndexOf('.')] : "")
        {
            if (Cells.TryGetValue(probe, out var span))
            {
                return span;
            }
        }

        return Anchor;
    }
}
