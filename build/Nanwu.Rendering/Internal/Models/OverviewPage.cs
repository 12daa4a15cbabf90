namespace Nanwu.Rendering.Internal.Models;

/// <summary>index.html: 各村报送情况, rounds and months, and links to every other page.</summary>
public sealed record OverviewPage(
    IReadOnlyList<RoundColumn> Rounds,
    IReadOnlyList<MatrixRow> RoundRows,
    MonthMatrix Months,
    IReadOnlyList<NavItem> Links);
