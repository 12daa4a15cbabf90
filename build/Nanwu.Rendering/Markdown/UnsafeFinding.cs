namespace Nanwu.Rendering.Markdown;

/// <summary>Something removed from a Markdown body: 0-based line and column in the body, and what it was.</summary>
public sealed record UnsafeFinding(int Line, int Column, string What);
