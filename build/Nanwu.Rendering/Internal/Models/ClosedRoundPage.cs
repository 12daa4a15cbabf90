namespace Nanwu.Rendering.Internal.Models;

/// <summary>
/// rounds/&lt;round&gt;/closed.html: a closed round as its tag has it, what changed since the round
/// before (township total first, then each owner), the corrections made after the tag, and warnings.
/// </summary>
public sealed record ClosedRoundPage(
    IReadOnlyList<Field> Header,
    string Provenance,
    string TagMessage,
    IReadOnlyList<ChangeBlock> Blocks,
    IReadOnlyList<CorrectionItem> Corrections,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<NavItem> Links);
