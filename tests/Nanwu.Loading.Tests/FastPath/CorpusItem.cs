using Nanwu.Loading.Yaml;
using Nanwu.Records.Model;

namespace Nanwu.Loading.Tests.FastPath;

/// <summary>
/// One record of the comparison corpus: its text and the document read from it. A mutated
/// record keeps its source's path for messages; <see cref="DiskPath"/> is where it can be
/// written beside the others, null for the files a township has only one of.
/// </summary>
internal sealed record CorpusItem(string Path, RecordKind Kind, string Text, YamlDocument Document)
{
    public string? DiskPath { get; init; }
}
