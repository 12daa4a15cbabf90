namespace Nanwu.Aggregation.History;

/// <summary>
/// One column of 附件2 compared between two rounds. For a running total the increment is what
/// was added in between; for a balance both values stand on their own. Null where no report.
/// </summary>
public sealed record ColumnChange(string Key, string Label, decimal? Before, decimal? Now)
{
    public decimal? Increment => Before is { } b && Now is { } n ? n - b : null;

    public bool Fell => Increment is < 0;
}
