namespace Nanwu.Rendering.Markdown;

/// <summary>What becomes of a relative link in a body: kept as written, pointed elsewhere, or removed.</summary>
public enum LinkOutcome
{
    Keep,
    Rewrite,
    Remove,
}
