using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;
using Nanwu.Records.Values;

namespace Nanwu.Checking.Rules;

/// <summary>One 附件4 row: the code's check character, 万人 and 万元 traps, no future dates.</summary>
internal sealed class CrossProvinceRule : IRule
{
    private const string CodeField = "统一信用编码或身份证";

    public void Check(CheckContext context)
    {
        foreach (var record in context.Data.CrossProvince)
        {
            CheckRecord(context, record);
        }
    }

    private static void CheckRecord(CheckContext context, CrossProvinceCase record)
    {
        var source = record.Origin;
        CheckCode(context, source, record.Code);
        Amounts.CheckMoney(context, source, "涉及金额", record.Amount);
        Amounts.CheckNotFuture(context, source, "发现或立案时间", record.FoundOrFiledOn);
        if (record.PeopleTenThousands >= Amounts.LikelyPeople)
        {
            context.Report(Messages.PeopleUnit(source.At("涉案人数"), "涉案人数",
                Money.Canonical(record.PeopleTenThousands)));
        }
    }

    private static void CheckCode(CheckContext context, RecordSource source, string code)
    {
        var span = source.At(CodeField);
        switch (IdentityCodes.KindOf(code))
        {
            case CodeKind.IdNumber when IdentityCodes.IdNumberCheck(code) is { } check && check != code[17]:
                context.Report(Messages.IdNumberCheck(span, CodeField, check));
                break;
            case CodeKind.CreditCode when IdentityCodes.CreditCodeCheck(code) is { } check && check != code[17]:
                context.Report(Messages.CreditCodeCheck(span, CodeField, code, check));
                break;
            case CodeKind.Unknown:
                context.Report(Messages.UnknownCodeShape(span, CodeField, code));
                break;
        }
    }
}
