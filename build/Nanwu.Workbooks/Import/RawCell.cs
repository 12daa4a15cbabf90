namespace Nanwu.Workbooks.Import;

/// <summary>What a stored cell holds, before any reading of its meaning.</summary>
internal enum RawKind
{
    Empty,
    Text,
    Number,
    Boolean,
    Error,
    IsoDate,
}

/// <summary>
/// A cell as stored: its kind, its text (for a number, the stored digits, exactly) and whether
/// its format shows a date.
/// </summary>
internal sealed record RawCell(RawKind Kind, string Text, bool DateFormatted)
{
    public static RawCell Empty { get; } = new(RawKind.Empty, "", false);

    public bool IsEmpty => Kind == RawKind.Empty || (Kind == RawKind.Text && string.IsNullOrWhiteSpace(Text));
}
