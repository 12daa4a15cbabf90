using Nanwu.Rendering.Templates;

namespace Nanwu.Rendering.Markdown;

/// <summary>A rendered body, what was removed from it, and the links to files beside it.</summary>
public sealed record RenderedMarkdown(Html Body, IReadOnlyList<UnsafeFinding> Findings, IReadOnlyList<LocalLink> Links)
{
    /// <summary>Relative links removed because what they point at is not public or does not exist.</summary>
    public IReadOnlyList<RemovedLink> RemovedLinks { get; init; } = [];

    /// <summary>The names of the files beside the page that the body links to, each once, in order.</summary>
    public IReadOnlyList<string> LocalFiles =>
        Links.Select(l => l.File).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
