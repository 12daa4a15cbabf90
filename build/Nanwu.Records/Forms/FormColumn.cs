namespace Nanwu.Records.Forms;

/// <summary>How a leaf's value is read and shown.</summary>
public enum ValueKind
{
    Count,
    Money,
    TenThousandPeople,
    Percent,
    Text,
    Date,
    Choice,
}

/// <summary>Whether a leaf of 附件2 adds up since the campaign start or is a balance at the cut-off.</summary>
public enum Measure
{
    None,
    RunningTotal,
    Balance,
}

/// <summary>
/// A node of a form's column tree. A leaf has a <see cref="Key"/> (dotted path into the
/// record) or is derived (序号); a group has children.
/// </summary>
public sealed record FormColumn(
    string Label,
    string? Key,
    string? Unit,
    ValueKind Value,
    Measure Measure,
    string? GroupingNote,
    bool Derived,
    IReadOnlyList<FormColumn> Children)
{
    public bool IsLeaf => Children.Count == 0;

    /// <summary>The label with its unit as printed: 罚款(万元).</summary>
    public string PrintedLabel => Unit is null ? Label : $"{Label}({Unit})";

    public int Depth => IsLeaf ? 1 : 1 + Children.Max(c => c.Depth);

    public int LeafCount => IsLeaf ? 1 : Children.Sum(c => c.LeafCount);

    public IEnumerable<FormColumn> Leaves() =>
        IsLeaf ? [this] : Children.SelectMany(c => c.Leaves());
}
