using Nanwu.Records.Diagnostics;

namespace Nanwu.Rendering.Wall;

/// <summary>What the wall found: leaks (errors: do not publish) and allow-list entries nothing needed.</summary>
public sealed record WallResult(IReadOnlyList<Diagnostic> Leaks, IReadOnlyList<Diagnostic> UnusedExceptions)
{
    public bool MayPublish => Leaks.Count == 0;

    public IEnumerable<Diagnostic> All => Leaks.Concat(UnusedExceptions);
}
