using System.Text.Json.Nodes;

namespace Nanwu.Loading.Yaml;

/// <summary>
/// A parsed YAML mapping as JSON, with the line and column of every value and every key,
/// keyed by dotted path (<c>行政处置.罚款</c>, <c>成员.0</c>; the root is <c>""</c>).
/// </summary>
public sealed record YamlDocument(
    JsonObject Root,
    IReadOnlyDictionary<string, (int Line, int Column)> ValuePositions,
    IReadOnlyDictionary<string, (int Line, int Column)> KeyPositions);
