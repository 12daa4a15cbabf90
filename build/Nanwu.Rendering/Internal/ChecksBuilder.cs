using Nanwu.Records.Diagnostics;
using Nanwu.Records.Values;
using Nanwu.Rendering.Internal.Models;

namespace Nanwu.Rendering.Internal;

/// <summary>
/// checks.html: the build's diagnostics, in their sorted order, grouped by file. ID numbers quoted
/// in full in a message (a rejected file's, which the data set does not know) are masked here.
/// </summary>
public static class ChecksBuilder
{
    public static ChecksPage Build(IReadOnlyList<Diagnostic> sorted)
    {
        var files = sorted
            .GroupBy(d => d.Span.Path, StringComparer.Ordinal)
            .Select(g => new CheckFile(g.Key, g.Count(d => d.IsError), g.Count(d => !d.IsError),
                g.Select(Item).ToList()))
            .ToList();
        return new ChecksPage(sorted.Count(d => d.IsError), sorted.Count(d => !d.IsError), files);
    }

    private static CheckItem Item(Diagnostic d) => new(
        $"{d.Span.Line}:{d.Span.Column}",
        d.IsError ? "错误" : "警告",
        d.IsError ? "error" : "warning",
        d.Code.Id,
        d.Code.Title,
        d.Field,
        IdNumberText.Mask(d.Message));
}
