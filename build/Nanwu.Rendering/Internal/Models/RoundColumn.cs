namespace Nanwu.Rendering.Internal.Models;

/// <summary>A round as a column of the overview: id, its table's page, 统计截止, 报送期限 and its counts.</summary>
public sealed record RoundColumn(string Id, string Url, string Cutoff, string Due, string Counts);
