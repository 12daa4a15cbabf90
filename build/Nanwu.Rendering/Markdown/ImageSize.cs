namespace Nanwu.Rendering.Markdown;

/// <summary>The pixel size of a published image, written on its img tag so the page does not jump.</summary>
public readonly record struct ImageSize(int Width, int Height);
