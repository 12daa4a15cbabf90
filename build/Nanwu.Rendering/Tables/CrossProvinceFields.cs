using Nanwu.Aggregation;
using Nanwu.Records.Values;

namespace Nanwu.Rendering.Tables;

/// <summary>
/// The value of a 附件4 column for a case as HTML shows it: a person's name and ID number are
/// masked; a company's name and credit code are shown. An unknown key shows nothing.
/// </summary>
public static class CrossProvinceFields
{
    public static object? Get(CrossProvinceRow row, string? key)
    {
        var c = row.Case;
        RegisterFields.TryCrossProvince(row, key, out var value);
        return key switch
        {
            "涉案企业或个人名称" when c.SubjectIsPerson => Masking.PersonName(c.SubjectName),
            "统一信用编码或身份证" when IdentityCodes.KindOf(c.Code) == CodeKind.IdNumber => Masking.IdNumber(c.Code),
            _ => value,
        };
    }
}
