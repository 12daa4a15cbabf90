using Nanwu.Aggregation;
using Nanwu.Records.Values;

namespace Nanwu.Rendering.Tables;

/// <summary>
/// The value of a 附件4 column for a case, by the column's key. A person's name and ID number
/// are masked; a company's name and credit code are shown.
/// </summary>
public static class CrossProvinceFields
{
    public static object? Get(CrossProvinceRow row, string? key)
    {
        var c = row.Case;
        return key switch
        {
            null => row.Number,
            "类型" => c.Type,
            "名称" => c.Name,
            "发现或立案时间" => c.FoundOrFiledOn,
            "涉案企业或个人名称" => c.SubjectIsPerson ? Masking.PersonName(c.SubjectName) : c.SubjectName,
            "统一信用编码或身份证" => IdentityCodes.KindOf(c.Code) == CodeKind.IdNumber ? Masking.IdNumber(c.Code) : c.Code,
            "涉及金额" => c.Amount,
            "涉案人数" => c.PeopleTenThousands,
            "当前办理阶段" => c.Stage,
            "资金清退率" => c.RecoveryRate,
            "主办地" => c.LeadPlace,
            "协办地" => c.AssistingPlaces,
            "注册地" => c.RegisteredPlace,
            "司法管辖意见及主要依据" => c.JurisdictionOpinion,
            "涉稳简要情况" => c.StabilityNote,
            _ => null,
        };
    }
}
