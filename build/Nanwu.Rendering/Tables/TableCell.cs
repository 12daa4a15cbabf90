namespace Nanwu.Rendering.Tables;

/// <summary>A body cell: its text as shown, and whether it is a number (right-aligned).</summary>
public sealed record TableCell(string Text, bool IsNumber)
{
    public static TableCell Empty { get; } = new("", false);
}
