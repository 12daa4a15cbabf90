using Nanwu.Records.Model;
using Nanwu.Rendering.Markdown;

namespace Nanwu.Rendering.Public;

/// <summary>A notice, case or page with its body rendered and cleaned.</summary>
public sealed record RenderedArticle(Notice Notice, RenderedMarkdown Body);
