using Nanwu.Records.Diagnostics;

namespace Nanwu.Workbooks.Import;

/// <summary>What became of one record file: written new, changed, or already the same.</summary>
public enum FileChange
{
    Created,
    Changed,
    Unchanged,
}

/// <summary>A record file the import wrote (or would have written), relative to the repository.</summary>
public sealed record ImportedFile(string Path, FileChange Change);

/// <summary>
/// The result of an import: the findings (cell-addressed where they concern a cell), the record
/// files, whether they were written (all or none), notes for the clerk, and how many findings
/// concern other files of data/.
/// </summary>
public sealed record ImportOutcome(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<ImportedFile> Files,
    bool Written,
    IReadOnlyList<string> Notes,
    int ElsewhereErrors,
    int ElsewhereWarnings)
{
    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);
}
