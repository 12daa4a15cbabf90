using Nanwu.Records.Diagnostics;
using Nanwu.Records.Values;

namespace Nanwu.Checking.Rules;

/// <summary>rounds.yaml makes sense: start before end, each cut-off before its due date, rounds in order.</summary>
internal sealed class CampaignRule : IRule
{
    public void Check(CheckContext context)
    {
        if (context.Data.Campaign is not { } campaign)
        {
            return;
        }

        var source = campaign.Source;
        if (campaign.End < campaign.Start)
        {
            context.Report(Messages.RoundsOrder(source.At("专项行动结束"), "专项行动结束", "专项行动结束早于开始"));
        }

        for (var i = 0; i < campaign.Rounds.Count; i++)
        {
            var round = campaign.Rounds[i];
            var field = $"轮次.{i}";
            if (round.Due < round.Cutoff)
            {
                context.Report(Messages.RoundsOrder(source.At(field + ".报送期限"), field + ".报送期限",
                    $"轮次 {round.Id} 的报送期限 {Dates.Format(round.Due)} 早于统计截止 {Dates.Format(round.Cutoff)}"));
            }

            if (i > 0 && round.Cutoff <= campaign.Rounds[i - 1].Cutoff)
            {
                context.Report(Messages.RoundsOrder(source.At(field + ".统计截止"), field + ".统计截止",
                    $"轮次 {round.Id} 的统计截止不晚于上一轮，轮次应按时间先后排列"));
            }
        }
    }
}
