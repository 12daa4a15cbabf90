namespace Nanwu.Rendering.Markdown;

/// <summary>
/// A link removed from a body, its words kept: 0-based line and column in the body, its address,
/// and whether what it points at exists (but is not public).
/// </summary>
public sealed record RemovedLink(int Line, int Column, string Url, bool Exists);
