namespace Nanwu.Records.Diagnostics;

/// <summary>
/// A place in an input file: the path relative to the repository with <c>/</c>,
/// and a 1-based line and column counted in characters.
/// </summary>
public readonly record struct SourceSpan(string Path, int Line, int Column)
{
    /// <summary>The start of a file, for problems that concern the file as a whole.</summary>
    public static SourceSpan FileStart(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
