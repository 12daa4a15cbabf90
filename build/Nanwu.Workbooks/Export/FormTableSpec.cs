using Nanwu.Records.Forms;
using Nanwu.Workbooks.Xlsx;

namespace Nanwu.Workbooks.Export;

/// <summary>
/// One form on one sheet: the form definition (its column tree gives the header), columns of
/// the sheet's own before it (<see cref="Leading"/>) and the system's columns after it, which
/// are not printed (<see cref="Extra"/>), the body rows (one cell per column), merged blocks in
/// the body and the drop-down lists of choice columns.
/// </summary>
internal sealed record FormTableSpec(
    FormDefinition Form,
    string SheetName,
    SheetHeader Header,
    IReadOnlyList<string> Leading,
    IReadOnlyList<string> Extra,
    IReadOnlyList<IReadOnlyList<CellSpec>> Body)
{
    /// <summary>Blocks merged down one column: first and last body row (0-based), column (1-based).</summary>
    public IReadOnlyList<(int First, int Last, int Column)> BodyMerges { get; init; } = [];

    /// <summary>Allowed values by column (1-based), offered as drop-down lists.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> Choices { get; init; } =
        new Dictionary<int, IReadOnlyList<string>>();

    public int FormColumns => Leading.Count + Form.Leaves.Count;

    public int AllColumns => FormColumns + Extra.Count;
}
