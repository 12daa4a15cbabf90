namespace Nanwu.Workbooks.Import;

/// <summary>
/// What <c>nanwu import</c> is asked to do: read <see cref="Workbook"/> into the records of
/// <see cref="Owner"/> (a village's folder name, or <c>township</c>) for <see cref="Round"/>,
/// checking as of <see cref="AsOf"/>.
/// </summary>
public sealed record ImportRequest(string RepoRoot, string Workbook, string Owner, string Round, DateOnly AsOf);
