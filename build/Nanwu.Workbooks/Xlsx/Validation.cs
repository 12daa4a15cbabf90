namespace Nanwu.Workbooks.Xlsx;

/// <summary>A drop-down list of allowed values over a block of cells.</summary>
internal sealed record Validation(int FirstRow, int LastRow, int Column, IReadOnlyList<string> Allowed);
