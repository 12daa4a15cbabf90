using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;
using Nanwu.Records.Values;

namespace Nanwu.Checking.Rules;

/// <summary>
/// 发现数量 of a round equals the owner's clues found from the campaign start to the round's
/// cut-off. Clues known before the campaign stay in the register but are not counted.
/// </summary>
internal sealed class ClueCountRule : IRule
{
    public void Check(CheckContext context)
    {
        if (context.Data.Campaign is not { } campaign)
        {
            return;
        }

        var rejectedClueFolders = context.Data.Files
            .Where(f => f.Kind == RecordKind.Clue && f.Status == FileStatus.Rejected)
            .Select(f => f.Path[..f.Path.LastIndexOf("/clues/", StringComparison.Ordinal)])
            .ToHashSet(StringComparer.Ordinal);

        foreach (var report in context.Data.WorkStats)
        {
            if (campaign.FindRound(report.Period) is not { } round
                || rejectedClueFolders.Contains(OwnerFolder(report.Source.Path)))
            {
                continue;
            }

            var counted = context.Data.Clues.Count(c =>
                c.Owner.Id == report.Owner.Id && c.FoundOn >= campaign.Start && c.FoundOn <= round.Cutoff);
            if (counted != report[FormKeys.CluesFound])
            {
                context.Report(Messages.ClueCountMismatch(report.Source.At(FormKeys.CluesFound), FormKeys.CluesFound,
                    report[FormKeys.CluesFound], counted, Dates.Format(campaign.Start), Dates.Format(round.Cutoff)));
            }
        }
    }

    // data/villages/<id> or data/townships/<乡>/villages/<id>: the folder above work-stats/.
    private static string OwnerFolder(string workStatsPath) =>
        workStatsPath[..workStatsPath.LastIndexOf("/work-stats/", StringComparison.Ordinal)];
}
