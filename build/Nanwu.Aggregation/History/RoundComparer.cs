using Nanwu.Records.Diagnostics;
using Nanwu.Records.Forms;
using Nanwu.Records.Model;

namespace Nanwu.Aggregation.History;

/// <summary>
/// Compares a round with the one before it, per owner and for the township: increments of the
/// running totals, balances then and now, new and closed clues. Before the first round stands
/// the campaign start, where every running total is 0 and no clue is known.
/// </summary>
public static class RoundComparer
{
    public sealed record Result(
        IReadOnlyList<OwnerChange> Owners, OwnerChange Township, IReadOnlyList<Diagnostic> Warnings);

    public static Result Compare(RoundSide now, RoundSide? before)
    {
        var form = now.Data.Forms.WorkStats;
        var running = Keys(form, Measure.RunningTotal);
        var balances = Keys(form, Measure.Balance);
        var warnings = new List<Diagnostic>();
        var owners = now.Data.Owners.Select(owner =>
        {
            var nowReport = Report(now.Data, now.Round, owner.Id);
            var beforeReport = before is null ? null : Report(before.Data, before.Round, owner.Id);
            var totals = running.Select(k => new ColumnChange(k.Key, k.Label,
                before is null ? (decimal?)0m : beforeReport?[k.Key], nowReport?[k.Key])).ToList();
            foreach (var fell in totals.Where(c => c.Fell))
            {
                warnings.Add(Messages.RunningTotalFell(nowReport!.Source.At(fell.Key), fell.Key, before!.Round.Id,
                    fell.Before!.Value, fell.Now!.Value));
            }

            var kept = balances.Select(k => new ColumnChange(k.Key, k.Label, beforeReport?[k.Key], nowReport?[k.Key]));
            var (added, closed) = Clues(now, before, owner.Id);
            return new OwnerChange(owner, before is null || beforeReport is not null, nowReport is not null,
                totals, kept.ToList(), added, closed);
        }).ToList();
        return new Result(owners, Township(owners), warnings);
    }

    private static OwnerChange Township(IReadOnlyList<OwnerChange> owners)
    {
        ColumnChange Sum(ColumnChange first, Func<OwnerChange, IReadOnlyList<ColumnChange>> pick) =>
            new(first.Key, first.Label,
                owners.Sum(o => pick(o).First(c => c.Key == first.Key).Before ?? 0m),
                owners.Sum(o => pick(o).First(c => c.Key == first.Key).Now ?? 0m));

        var sample = owners[0];
        return new OwnerChange(null, true, true,
            sample.RunningTotals.Select(c => Sum(c, o => o.RunningTotals)).ToList(),
            sample.Balances.Select(c => Sum(c, o => o.Balances)).ToList(),
            owners.SelectMany(o => o.NewClues).ToList(),
            owners.SelectMany(o => o.ClosedClues).ToList());
    }

    private static (List<Clue> Added, List<Clue> Closed) Clues(RoundSide now, RoundSide? before, string owner)
    {
        var current = now.Data.Clues.Where(c => c.Owner.Id == owner)
            .OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        if (before is null)
        {
            return (current, current.Where(c => c.IsClosed).ToList());
        }

        if (!before.IsSnapshot)
        {
            // Without the previous round's own data, the clues' dates tell what happened in between.
            var cutoff = before.Round.Cutoff;
            return (current.Where(c => c.FoundOn > cutoff).ToList(),
                current.Where(c => c.ClosedOn is { } d && d > cutoff).ToList());
        }

        var then = before.Data.Clues.Where(c => c.Owner.Id == owner).ToDictionary(c => c.Id, StringComparer.Ordinal);
        return (current.Where(c => !then.ContainsKey(c.Id)).ToList(),
            current.Where(c => c.IsClosed && (!then.TryGetValue(c.Id, out var old) || !old.IsClosed)).ToList());
    }

    private static FormReport? Report(DataSet data, Round round, string owner) =>
        data.WorkStats.FirstOrDefault(r => r.Period == round.Id && r.Owner.Id == owner);

    private static List<(string Key, string Label)> Keys(FormDefinition form, Measure measure)
    {
        var result = new List<(string, string)>();
        foreach (var column in form.Columns)
        {
            Walk(column, "");
        }

        return result;

        void Walk(FormColumn column, string path)
        {
            var label = path.Length == 0 ? column.PrintedLabel : $"{path}·{column.PrintedLabel}";
            if (!column.IsLeaf)
            {
                column.Children.ToList().ForEach(c => Walk(c, label));
            }
            else if (column.Key is not null && column.Measure == measure)
            {
                result.Add((column.Key, label));
            }
        }
    }
}
