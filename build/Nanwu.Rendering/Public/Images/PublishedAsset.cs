using Nanwu.Rendering.Markdown;

namespace Nanwu.Rendering.Public.Images;

/// <summary>A file from beside a notice as it is published: its bytes and, for an image, its size.</summary>
public sealed record PublishedAsset(byte[] Bytes, ImageSize? Size);
