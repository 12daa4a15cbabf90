using Nanwu.Records.Model;

namespace Nanwu.Workbooks;

/// <summary>What a file of the export is.</summary>
public enum PlannedKind
{
    /// <summary>The township's workbook of a round (附件2 total, 附件3 and 附件4 of every owner, each owner's row).</summary>
    Summary,

    /// <summary>One owner's workbook of a round; the one a clerk fills and imports.</summary>
    Owner,

    /// <summary>The scan of an owner's printed, stamped forms, copied from data/.</summary>
    Stamped,

    /// <summary>A blank form.</summary>
    Template,
}

/// <summary>
/// A file the export will put in the internal site: what it is, its path there, its round and
/// owner (a template: its form), and its bytes, made when asked for.
/// </summary>
public sealed record PlannedFile(
    PlannedKind Kind, string Path, string? Round, string? OwnerId, RecordKind? Form, Func<byte[]> Bytes);
