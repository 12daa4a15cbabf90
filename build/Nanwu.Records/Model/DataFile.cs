
namespace Nanwu.Records.Model;

/// <summary>What became of one file of data/: every file ends up as a record, an asset or an error.</summary>
public enum FileStatus
{
    Record,
    Asset,
    Rejected,
}

/// <summary>One file of data/, its path relative to the repository and its outcome.</summary>
public sealed record DataFile(string Path, RecordKind? Kind, FileStatus Status);
