using Nanwu.Rendering.Templates;

namespace Nanwu.Rendering.Markdown;

/// <summary>A rendered body, what was removed from it, and the files beside it that it links to.</summary>
public sealed record RenderedMarkdown(
    Html Body, IReadOnlyList<UnsafeFinding> Findings, IReadOnlyList<string> LocalFiles);
