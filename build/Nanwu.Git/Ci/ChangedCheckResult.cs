using Nanwu.Git.Changes;
using Nanwu.Records.Diagnostics;

namespace Nanwu.Git.Ci;

/// <summary>
/// The outcome of <c>nanwu check --changed</c>: the change, what it reaches, the diagnostics that
/// belong to it, and how it moved each round's values.
/// </summary>
public sealed record ChangedCheckResult(
    string Township,
    string BaseCommit,
    string? HeadCommit,
    string? Account,
    IReadOnlyList<ChangedFile> Files,
    AffectedFiles Affected,
    IReadOnlyList<string> OwnerNames,
    IReadOnlyList<TotalChange> Totals,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);
}
