using Nanwu.Records.Diagnostics;

namespace Nanwu.Records.Model;

/// <summary>
/// Where a record came from: its file and the line and column of each value,
/// keyed by dotted field path (<c>刑事打击.新发案件.抓捕</c>, <c>成员.2</c>).
/// </summary>
public sealed class RecordSource(string path, IReadOnlyDictionary<string, (int Line, int Column)> positions)
{
    public string Path { get; } = path;

    /// <summary>The place of a field's value; falls back to its nearest parent, then the file start.</summary>
    public SourceSpan At(string field)
    {
        var probe = field;
        while (true)
        {
            if (positions.TryGetValue(probe, out var p))
            {
                return new SourceSpan(Path, p.Line, p.Column);
            }

            var dot = probe.LastIndexOf('.');
            if (dot < 0)
            {
                return positions.TryGetValue("", out var root)
                    ? new SourceSpan(Path, root.Line, root.Column)
                    : SourceSpan.FileStart(Path);
            }

            probe = probe[..dot];
        }
    }
}
