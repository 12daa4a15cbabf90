namespace Nanwu.Rendering.Internal.Models;

/// <summary>An owner's row of a status matrix, its name linked to the owner's page.</summary>
public sealed record MatrixRow(string Name, string Url, bool IsTownship, IReadOnlyList<MatrixCell> Cells);
