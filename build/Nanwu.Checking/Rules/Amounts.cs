using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;
using Nanwu.Records.Values;

namespace Nanwu.Checking.Rules;

/// <summary>Shared checks of 万元 amounts and dates: four decimals, unit traps, not after the as-of date.</summary>
internal static class Amounts
{
    /// <summary>A 万元 amount of a billion yuan or more was most likely typed in 元.</summary>
    public const decimal LikelyYuan = 100_000m;

    /// <summary>50 万人 or more in one case was most likely typed in 人.</summary>
    public const decimal LikelyPeople = 50m;

    public static void CheckMoney(CheckContext context, RecordSource source, string field, decimal value)
    {
        var span = source.At(field);
        if (Money.DecimalPlaces(value) > Money.MaxDecimals)
        {
            context.Report(Messages.MoneyDecimals(span, field, Money.Canonical(value)));
        }

        if (value >= LikelyYuan)
        {
            context.Report(Messages.MoneyUnit(span, field, Money.Canonical(value)));
        }
    }

    public static void CheckNotFuture(CheckContext context, RecordSource source, string field, DateOnly? date)
    {
        if (date is { } d && d > context.AsOf)
        {
            context.Report(Messages.FutureDate(source.At(field), field, Dates.Format(d), Dates.Format(context.AsOf)));
        }
    }
}
