using System.Text.Json.Nodes;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Forms;

namespace Nanwu.Workbooks.Import;

/// <summary>What a sheet reader works with: grid, form, record schema, and where problems and notes go.</summary>
internal sealed record SheetContext(
    SheetGrid Grid,
    FormDefinition Form,
    JsonObject Schema,
    ICollection<Diagnostic> Problems,
    ICollection<string> Notes)
{
    public ValueReader Values { get; } = new(Grid, Problems);

    /// <summary>Reads the leaves of the form in one row into the record, noting each field's cell.</summary>
    public void ReadLeaves(FormPlace place, int row, JsonObject record, Dictionary<string, SourceSpan> cells,
        Func<FormColumn, bool> skip)
    {
        for (var i = 0; i < Form.Leaves.Count; i++)
        {
            var leaf = Form.Leaves[i];
            if (leaf.Key is not { } key || leaf.Derived || skip(leaf))
            {
                continue;
            }

            var column = place.LeafColumns[i];
            cells[key] = Grid.Span(row, column);
            if (Values.Read(FieldRule.Of(Schema, key, leaf.Value, leaf.Unit), row, column, out var value))
            {
                JsonPaths.Set(record, key, value);
            }
        }
    }
}
