using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;
using Nanwu.Records.Values;

namespace Nanwu.Checking.Rules;

/// <summary>One clue on its own: 未兑付 ≤ 涉及, 发现 ≤ 立案 ≤ 结案, no future dates, 万元 amounts.</summary>
internal sealed class ClueRule : IRule
{
    public void Check(CheckContext context)
    {
        foreach (var clue in context.Data.Clues)
        {
            CheckClue(context, clue);
        }
    }

    private static void CheckClue(CheckContext context, Clue clue)
    {
        var source = clue.Origin;
        if (clue.UnpaidAmount > clue.Amount)
        {
            context.Report(Messages.UnpaidExceedsInvolved(source.At("未兑付金额"), "未兑付金额", "金额",
                Money.Canonical(clue.UnpaidAmount) + " 万元", Money.Canonical(clue.Amount) + " 万元"));
        }

        if (clue.UnpaidPeople > clue.People)
        {
            context.Report(Messages.UnpaidExceedsInvolved(source.At("未兑付人数"), "未兑付人数", "人数",
                clue.UnpaidPeople + " 人", clue.People + " 人"));
        }

        Amounts.CheckMoney(context, source, "涉及金额", clue.Amount);
        Amounts.CheckMoney(context, source, "未兑付金额", clue.UnpaidAmount);
        CheckDates(context, clue, source);
    }

    private static void CheckDates(CheckContext context, Clue clue, RecordSource source)
    {
        Amounts.CheckNotFuture(context, source, "发现时间", clue.FoundOn);
        Amounts.CheckNotFuture(context, source, "立案时间", clue.FiledOn);
        Amounts.CheckNotFuture(context, source, "结案时间", clue.ClosedOn);
        if (clue.FiledOn is { } filed && filed < clue.FoundOn)
        {
            context.Report(Messages.DateOrder(source.At("立案时间"), "立案时间", Dates.Format(filed),
                "发现时间", Dates.Format(clue.FoundOn)));
        }

        if (clue.ClosedOn is { } closed)
        {
            if (clue.FiledOn is null)
            {
                context.Report(Messages.ClosedWithoutFiling(source.At("结案时间"), "结案时间"));
            }
            else if (closed < clue.FiledOn)
            {
                context.Report(Messages.DateOrder(source.At("结案时间"), "结案时间", Dates.Format(closed),
                    "立案时间", Dates.Format(clue.FiledOn.Value)));
            }
        }
    }
}
