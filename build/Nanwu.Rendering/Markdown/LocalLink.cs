namespace Nanwu.Rendering.Markdown;

/// <summary>
/// A link or image to a file beside the page: its file name, whether it is an image, the
/// image's alt text, and where it is (0-based line and column in the body).
/// </summary>
public sealed record LocalLink(string File, bool IsImage, string Alt, int Line, int Column);
