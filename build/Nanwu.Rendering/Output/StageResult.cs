namespace Nanwu.Rendering.Output;

/// <summary>How many files of a staged site were written, and how many were kept as they were.</summary>
public sealed record StageResult(int Written, int Unchanged);
