using Nanwu.Aggregation;
using Nanwu.Records.Model;
using Nanwu.Records.Values;

namespace Nanwu.Rendering.Tables;

/// <summary>
/// The value of a 附件3 column for a clue, by the column's key in the form definition.
/// The names of persons are masked here; company names are shown.
/// </summary>
public static class ClueFields
{
    public static object? Get(ClueRow row, string? key)
    {
        var clue = row.Clue;
        return key switch
        {
            null => row.Number,
            "风险主体名称" => clue.SubjectIsPerson ? Masking.PersonName(clue.SubjectName) : clue.SubjectName,
            "所属行业领域" => clue.Domain,
            "线索来源" => clue.Source,
            "发现时间" => clue.FoundOn,
            "是否具备规范条件" => clue.MeetsConditions,
            "提交有关部门审批备案情况" => Filings(clue),
            "是否属于非法集资" => clue.IsIllegal,
            "处置路径" => clue.Path,
            "立案时间" => clue.FiledOn,
            "结案时间" => clue.ClosedOn,
            "涉及金额" => clue.Amount,
            "涉及人数" => clue.People,
            "未兑付金额" => clue.UnpaidAmount,
            "未兑付人数" => clue.UnpaidPeople,
            "备注" => clue.Remark,
            _ => null,
        };
    }

    /// <summary>地方金融监管部门：已提交；其他：拟提交 — or 无 when nothing was submitted.</summary>
    public static string Filings(Clue clue)
    {
        var made = clue.Filings.Where(f => f.State != "无").Select(f => $"{f.Authority}：{f.State}").ToList();
        return made.Count == 0 ? "无" : string.Join("；", made);
    }
}
