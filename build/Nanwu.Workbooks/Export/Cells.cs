using Nanwu.Aggregation;
using Nanwu.Records.Forms;
using Nanwu.Records.Model;
using Nanwu.Workbooks.Xlsx;

namespace Nanwu.Workbooks.Export;

/// <summary>
/// Record values as cells: counts whole numbers, 万元 and other decimals as numbers in one
/// format, dates as dates, codes and names as text. Full values: workbooks are internal.
/// </summary>
internal static class Cells
{
    public static CellSpec Of(FormColumn leaf, object? value) => value switch
    {
        null => CellSpec.Blank(StyleOf(leaf)),
        decimal d => CellSpec.Of(d, StyleOf(leaf)),
        int i => CellSpec.Of(i, StyleOf(leaf)),
        DateOnly date => CellSpec.Of(date, CellStyle.DataDate),
        string s => CellSpec.Of(s, StyleOf(leaf)),
        _ => throw new ArgumentException($"no cell for {value.GetType().Name}", nameof(value)),
    };

    public static CellStyle StyleOf(FormColumn leaf) => leaf switch
    {
        { Derived: true } => CellStyle.DataSerial,
        { Value: ValueKind.Count } => CellStyle.DataCount,
        { Value: ValueKind.Money or ValueKind.TenThousandPeople or ValueKind.Percent } => CellStyle.DataDecimal,
        { Value: ValueKind.Date } => CellStyle.DataDate,
        { Value: ValueKind.Choice } => CellStyle.DataCenter,
        _ => CellStyle.DataText,
    };

    public static IReadOnlyList<CellSpec> Blanks(FormDefinition form) =>
        form.Leaves.Select(l => CellSpec.Blank(StyleOf(l))).ToList();

    /// <summary>附件2's leaves of a report: its numbers and its 备注.</summary>
    public static object? WorkStats(FormColumn leaf, FormReport report) => leaf.Value switch
    {
        ValueKind.Text => report.Remark,
        _ when leaf.Key is { } key => report[key],
        _ => null,
    };

    /// <summary>附件3's value of a column by its key; 序号 (no key) is the row's number.</summary>
    public static object? Clue(ClueRow row, string? key) =>
        RegisterFields.TryClue(row, key, out var value)
            ? value
            : throw new InvalidOperationException($"附件3 has no column {key}");

    /// <summary>附件4's value of a column by its key; 序号 (no key) is the row's number.</summary>
    public static object? CrossProvince(CrossProvinceRow row, string? key) =>
        RegisterFields.TryCrossProvince(row, key, out var value)
            ? value
            : throw new InvalidOperationException($"附件4 has no column {key}");
}
