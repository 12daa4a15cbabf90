using Nanwu.Records.Model;

namespace Nanwu.Rendering.Internal;

/// <summary>What a file made beside the renderer is, for the round pages that link it.</summary>
public enum DownloadKind
{
    /// <summary>The township's workbook of a round, for the county.</summary>
    Summary,

    /// <summary>One owner's workbook of a round.</summary>
    Workbook,

    /// <summary>The scan of an owner's printed, stamped forms for a round.</summary>
    Stamped,

    /// <summary>A blank form.</summary>
    Template,
}

/// <summary>
/// A file of the internal site made outside the renderer (workbooks, stamped scans): its path in
/// the site, what it is, its round and owner where it has them (a template: its form), and its
/// bytes, made when the site is staged.
/// </summary>
public sealed record InternalDownload(
    DownloadKind Kind, string Path, string? Round, string? OwnerId, Func<byte[]> Bytes, RecordKind? Form = null);
