using Nanwu.Records.Forms;
using Nanwu.Records.Values;

namespace Nanwu.Rendering.Tables;

/// <summary>The one display rule for values in tables: counts, 万元 amounts, dates, text.</summary>
public static class CellFormat
{
    public static TableCell Of(ValueKind kind, object? value) => value switch
    {
        null => TableCell.Empty,
        decimal d when kind == ValueKind.Count => new(Money.DisplayCount(d), true),
        decimal d => new(Money.Display(d), true),
        int i => new(Money.DisplayCount(i), true),
        DateOnly date => new(Dates.Format(date), false),
        string s => new(s, false),
        _ => throw new ArgumentException($"no display rule for {value.GetType().Name}", nameof(value)),
    };
}
