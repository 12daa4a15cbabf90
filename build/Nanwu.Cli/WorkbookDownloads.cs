using Nanwu.Aggregation;
using Nanwu.Records.Model;
using Nanwu.Rendering.Internal;
using Nanwu.Workbooks;
using Nanwu.Workbooks.Export;

namespace Nanwu.Cli;

/// <summary>Workbook export files of the internal site (workbooks and rendering do not know each other).</summary>
public static class WorkbookDownloads
{
    public static IReadOnlyList<InternalDownload> Of(string repoRoot, DataSet data, CampaignSummary summary) =>
        new WorkbookExport(repoRoot, data, summary).Plan()
            .Select(f => new InternalDownload(Kind(f.Kind), f.Path, f.Round, f.OwnerId, f.Bytes, f.Form))
            .ToList();

    private static DownloadKind Kind(PlannedKind kind) => kind switch
    {
        PlannedKind.Summary => DownloadKind.Summary,
        PlannedKind.Owner => DownloadKind.Workbook,
        PlannedKind.Stamped => DownloadKind.Stamped,
        _ => DownloadKind.Template,
    };
}
