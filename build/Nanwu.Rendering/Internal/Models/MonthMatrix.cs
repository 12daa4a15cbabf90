using Nanwu.Rendering.Tables;

namespace Nanwu.Rendering.Internal.Models;

/// <summary>
/// The monthly reports as a compact matrix: a header row of years (spanning their months),
/// a row of month numbers, a row per owner, and per month how many of the villages reported.
/// </summary>
public sealed record MonthMatrix(
    IReadOnlyList<HeadCell> Years,
    IReadOnlyList<string> Months,
    IReadOnlyList<MatrixRow> Rows,
    IReadOnlyList<string> Counts);
