using Nanwu.Records.Diagnostics;
using Nanwu.Records.Forms;
using Nanwu.Records.Model;

namespace Nanwu.Checking.Rules;

/// <summary>A running total of 附件2 never falls from one round to the next; balances may.</summary>
internal sealed class RunningTotalRule : IRule
{
    public void Check(CheckContext context)
    {
        if (context.Data.Campaign is not { } campaign)
        {
            return;
        }

        var runningKeys = RunningKeys(context.Data.Forms.WorkStats);
        // A repeated round id is reported by CampaignRule; its first place orders it here.
        var order = campaign.Rounds.Select((r, i) => (r.Id, i)).DistinctBy(x => x.Id).ToDictionary(x => x.Id, x => x.i);
        foreach (var owner in context.Data.WorkStats.GroupBy(r => r.Owner.Id))
        {
            var rounds = owner.Where(r => order.ContainsKey(r.Period)).OrderBy(r => order[r.Period]).ToList();
            for (var i = 1; i < rounds.Count; i++)
            {
                Compare(context, rounds[i - 1], rounds[i], runningKeys);
            }
        }
    }

    internal static IReadOnlyList<string> RunningKeys(FormDefinition form) =>
        form.Leaves.Where(l => l.Measure == Measure.RunningTotal && l.Key is not null).Select(l => l.Key!).ToList();

    private static void Compare(CheckContext context, FormReport before, FormReport now, IReadOnlyList<string> keys)
    {
        foreach (var key in keys)
        {
            if (now[key] < before[key])
            {
                context.Report(Messages.RunningTotalFell(
                    now.Source.At(key), key, before.Period, before[key], now[key]));
            }
        }
    }
}
