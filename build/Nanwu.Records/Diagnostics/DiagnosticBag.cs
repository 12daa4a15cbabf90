namespace Nanwu.Records.Diagnostics;

/// <summary>
/// Collects diagnostics from every stage; safe to add to from several threads.
/// Stages add and go on: nothing throws on bad user input.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock)
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_lock)
        {
            _items.AddRange(diagnostics);
        }
    }

    public int ErrorCount
    {
        get
        {
            lock (_lock)
            {
                return _items.Count(d => d.IsError);
            }
        }
    }

    public int WarningCount
    {
        get
        {
            lock (_lock)
            {
                return _items.Count(d => !d.IsError);
            }
        }
    }

    /// <summary>All diagnostics, sorted by file, line, column, code and text, without repeats.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_lock)
        {
            return _items
                .Distinct()
                .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Span.Line)
                .ThenBy(d => d.Span.Column)
                .ThenBy(d => d.Code.Id, StringComparer.Ordinal)
                .ThenBy(d => d.ToString(), StringComparer.Ordinal)
                .ToList();
        }
    }

    /// <summary>True when any diagnostic concerns the given file.</summary>
    public bool HasErrorsIn(string path)
    {
        lock (_lock)
        {
            return _items.Any(d => d.IsError && d.Span.Path == path);
        }
    }
}
