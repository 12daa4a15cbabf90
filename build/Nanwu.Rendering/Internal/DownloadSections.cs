using Nanwu.Records.Model;
using Nanwu.Rendering.Internal.Models;
using Nanwu.Rendering.Tables;

namespace Nanwu.Rendering.Internal;

/// <summary>The download section of a round's page, from the files other parts of the build made.</summary>
public static class DownloadSections
{
    public static DownloadSection? For(DataSet data, string round, IReadOnlyList<InternalDownload> downloads)
    {
        var mine = downloads.Where(d => d.Round == round || d.Kind == DownloadKind.Template).ToList();
        if (mine.Count == 0)
        {
            return null;
        }

        var files = mine.Where(d => d.Kind == DownloadKind.Summary)
            .Select(d => new NavItem($"{data.Township?.Name ?? "全乡"}汇总表（附件2–4，报县用）", d.Path))
            .Concat(mine.Where(d => d.Kind == DownloadKind.Template)
                .Select(d => new NavItem($"空白表：{TemplateName(data, d.Form)}", d.Path)))
            .ToList();
        var rows = data.Owners.Select(owner => new DownloadRow(
                WorkStatsTable.OwnerLabel(owner),
                mine.Where(d => d.Kind == DownloadKind.Workbook && d.OwnerId == owner.Id)
                    .Select(d => new NavItem(Path.GetFileName(d.Path), d.Path)).FirstOrDefault(),
                mine.Where(d => d.Kind == DownloadKind.Stamped && d.OwnerId == owner.Id)
                    .Select(d => new NavItem(StampedLabel(d.Path), d.Path)).ToList()))
            .ToList();
        var without = rows.Where(r => r.Stamped.Count == 0).Select(r => r.Owner).ToList();
        var summary = $"已上传盖章件 {rows.Count - without.Count} 个单位" +
            (without.Count == 0 ? "。" : $"，未上传：{string.Join("、", without)}。");
        return new DownloadSection(files, rows, summary);
    }

    private static string TemplateName(DataSet data, RecordKind? kind)
    {
        var form = kind switch
        {
            RecordKind.WorkStats => data.Forms.WorkStats,
            RecordKind.Clue => data.Forms.Clue,
            _ => data.Forms.CrossProvince,
        };
        return form.Attachment > 0 ? $"附件{form.Attachment} {form.Name}" : form.Name;
    }

    private static string StampedLabel(string path) =>
        Path.GetExtension(path).Equals(".pdf", StringComparison.OrdinalIgnoreCase) ? "盖章件（PDF）" : "盖章件（图片）";
}
