using Nanwu.Records.Model;

namespace Nanwu.Synthetic;

/// <summary>
/// One written file: its path relative to the repository, its kind, whether it is meant to be
/// valid, and a text it contributes that readers must find in the output (null when the
/// record shows only as a status, like a monthly report).
/// </summary>
public sealed record GeneratedFile(string Path, RecordKind? Kind, bool Valid, string? Marker);
