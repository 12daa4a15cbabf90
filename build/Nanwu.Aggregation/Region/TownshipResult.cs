using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Aggregation.Region;

/// <summary>
/// What a county's or province's pages need of one township once it has been built: counts,
/// each round's totals and status counts, and its diagnostics. Small and plain, so it can be kept
/// between builds and an unchanged township need not be read again.
/// </summary>
public sealed record TownshipResult(
    string Id,
    string Name,
    int Villages,
    FileCounts Files,
    int Clues,
    int CrossProvince,
    IReadOnlyList<TownshipRound> Rounds,
    IReadOnlyList<StoredDiagnostic> Diagnostics,
    int InternalPages)
{
    /// <summary>Where township.yaml writes 名称, to point at when two townships share it (kept between builds).</summary>
    public int NameLine { get; init; } = 1;

    public int NameColumn { get; init; } = 1;

    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);

    public static TownshipResult Of(string id, DataSet data, CampaignSummary summary,
        IReadOnlyList<Diagnostic> diagnostics, int internalPages) =>
        new(id, data.Township?.Name ?? id, data.Villages.Count, FileCounts.Of(data.Files),
            data.Clues.Count, data.CrossProvince.Count,
            summary.Rounds.Select(TownshipRound.Of).ToList(),
            diagnostics.Select(StoredDiagnostic.Of).ToList(), internalPages)
        {
            NameLine = data.Township?.Source.At("名称").Line ?? 1,
            NameColumn = data.Township?.Source.At("名称").Column ?? 1,
        };
}

/// <summary>How a township's files came out: records, assets (stamped scans) and rejected files.</summary>
public sealed record FileCounts(int All, int Records, int Assets, int Rejected)
{
    public static FileCounts Of(IReadOnlyList<DataFile> files) =>
        new(files.Count, files.Count(f => f.Status == FileStatus.Record),
            files.Count(f => f.Status == FileStatus.Asset), files.Count(f => f.Status == FileStatus.Rejected));

    public static FileCounts operator +(FileCounts a, FileCounts b) =>
        new(a.All + b.All, a.Records + b.Records, a.Assets + b.Assets, a.Rejected + b.Rejected);
}

/// <summary>One round of a township: how its villages reported and the township total (villages + 乡本级).</summary>
public sealed record TownshipRound(
    string Round, int Villages, int OnTime, int Late, int Missing, int NotDue,
    IReadOnlyDictionary<string, decimal> Total)
{
    public static TownshipRound Of(RoundSummary round) =>
        new(round.Round.Id, round.Villages.Count(), round.Count(ReportStatus.OnTime), round.Count(ReportStatus.Late),
            round.Count(ReportStatus.Missing), round.Count(ReportStatus.NotDue),
            new SortedDictionary<string, decimal>(round.Total.ToDictionary(), StringComparer.Ordinal));

    /// <summary>The township's line in a region's table: the worst of its villages' states.</summary>
    public ReportStatus Worst =>
        Missing > 0 ? ReportStatus.Missing
        : Late > 0 ? ReportStatus.Late
        : NotDue > 0 ? ReportStatus.NotDue
        : ReportStatus.OnTime;
}

/// <summary>A diagnostic as kept between builds: its code by id, place and words.</summary>
public sealed record StoredDiagnostic(string Code, string Path, int Line, int Column, string Field, string Message)
{
    private static readonly Lazy<Dictionary<string, DiagnosticCode>> ById =
        new(() => Codes.All.ToDictionary(c => c.Id, StringComparer.Ordinal));

    public bool IsError => ById.Value[Code].Severity == Severity.Error;

    public static StoredDiagnostic Of(Diagnostic d) =>
        new(d.Code.Id, d.Span.Path, d.Span.Line, d.Span.Column, d.Field, d.Message);

    public Diagnostic ToDiagnostic() =>
        new(ById.Value[Code], new SourceSpan(Path, Line, Column), Field, Message);
}
