using Nanwu.Records.Model;

namespace Nanwu.Aggregation;

/// <summary>
/// The value of a 附件3 or 附件4 column for a register row, by the column's key in the form
/// definition; 序号 (no key) is the row's number. Full values: each output decides what it masks.
/// </summary>
public static class RegisterFields
{
    public static bool TryClue(ClueRow row, string? key, out object? value)
    {
        var c = row.Clue;
        value = key switch
        {
            null => row.Number,
            "风险主体名称" => c.SubjectName,
            "所属行业领域" => c.Domain,
            "线索来源" => c.Source,
            "发现时间" => c.FoundOn,
            "是否具备规范条件" => c.MeetsConditions,
            "提交有关部门审批备案情况" => Filings(c.Filings),
            "是否属于非法集资" => c.IsIllegal,
            "处置路径" => c.Path,
            "立案时间" => c.FiledOn,
            "结案时间" => c.ClosedOn,
            "涉及金额" => c.Amount,
            "涉及人数" => c.People,
            "未兑付金额" => c.UnpaidAmount,
            "未兑付人数" => c.UnpaidPeople,
            "备注" => c.Remark,
            _ => Unknown,
        };
        return Known(ref value);
    }

    public static bool TryCrossProvince(CrossProvinceRow row, string? key, out object? value)
    {
        var c = row.Case;
        value = key switch
        {
            null => row.Number,
            "类型" => c.Type,
            "名称" => c.Name,
            "发现或立案时间" => c.FoundOrFiledOn,
            "涉案企业或个人名称" => c.SubjectName,
            "统一信用编码或身份证" => c.Code,
            "涉及金额" => c.Amount,
            "涉案人数" => c.PeopleTenThousands,
            "当前办理阶段" => c.Stage,
            "资金清退率" => c.RecoveryRate,
            "主办地" => c.LeadPlace,
            "协办地" => c.AssistingPlaces,
            "注册地" => c.RegisteredPlace,
            "司法管辖意见及主要依据" => c.JurisdictionOpinion,
            "涉稳简要情况" => c.StabilityNote,
            _ => Unknown,
        };
        return Known(ref value);
    }

    /// <summary>
    /// 提交有关部门审批、备案等情况 in one cell, as on the printed form: <c>无</c>, or the departments
    /// with something submitted, <c>地方金融监管部门：已提交；其他：拟提交</c>.
    /// </summary>
    public static string Filings(IEnumerable<(string Authority, string State)> filings)
    {
        var made = filings.Where(f => f.State != NoFiling).Select(f => $"{f.Authority}：{f.State}").ToList();
        return made.Count == 0 ? NoFiling : string.Join("；", made);
    }

    /// <summary>The state of an authority nothing was submitted to.</summary>
    public const string NoFiling = "无";

    private static readonly object Unknown = new();

    private static bool Known(ref object? value)
    {
        if (!ReferenceEquals(value, Unknown))
        {
            return true;
        }

        value = null;
        return false;
    }
}
