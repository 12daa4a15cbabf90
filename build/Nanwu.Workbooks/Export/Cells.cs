using Nanwu.Aggregation;
using Nanwu.Records.Forms;
using Nanwu.Records.Model;
using Nanwu.Workbooks.Xlsx;

namespace Nanwu.Workbooks.Export;

/// <summary>
/// Record values as cells: counts whole numbers, 万元 and other decimals as numbers in one
/// format, dates as dates, codes and names as text. Full values: workbooks are internal.
/// </summary>
internal static class Cells
{
    public static CellSpec Of(FormColumn leaf, object? value) => value switch
    {
        null => CellSpec.Blank(StyleOf(leaf)),
        decimal d => CellSpec.Of(d, StyleOf(leaf)),
        int i => CellSpec.Of(i, StyleOf(leaf)),
        DateOnly date => CellSpec.Of(date, CellStyle.DataDate),
        string s => CellSpec.Of(s, StyleOf(leaf)),
        _ => throw new ArgumentException($"no cell for {value.GetType().Name}", nameof(value)),
    };

    public static CellStyle StyleOf(FormColumn leaf) => leaf switch
    {
        { Derived: true } => CellStyle.DataSerial,
        { Value: ValueKind.Count } => CellStyle.DataCount,
        { Value: ValueKind.Money or ValueKind.TenThousandPeople or ValueKind.Percent } => CellStyle.DataDecimal,
        { Value: ValueKind.Date } => CellStyle.DataDate,
        { Value: ValueKind.Choice } => CellStyle.DataCenter,
        _ => CellStyle.DataText,
    };

    public static IReadOnlyList<CellSpec> Blanks(FormDefinition form) =>
        form.Leaves.Select(l => CellSpec.Blank(StyleOf(l))).ToList();

    /// <summary>附件2's leaves of a report: its numbers and its 备注.</summary>
    public static object? WorkStats(FormColumn leaf, FormReport report) => leaf.Value switch
    {
        ValueKind.Text => report.Remark,
        _ when leaf.Key is { } key => report[key],
        _ => null,
    };

    /// <summary>附件3's value of a column by its key; 序号 (no key) is the row's number.</summary>
    public static object? Clue(ClueRow row, string? key)
    {
        var c = row.Clue;
        return key switch
        {
            null => row.Number,
            "风险主体名称" => c.SubjectName,
            "所属行业领域" => c.Domain,
            "线索来源" => c.Source,
            "发现时间" => c.FoundOn,
            "是否具备规范条件" => c.MeetsConditions,
            "提交有关部门审批备案情况" => Filings.Format(c.Filings),
            "是否属于非法集资" => c.IsIllegal,
            "处置路径" => c.Path,
            "立案时间" => c.FiledOn,
            "结案时间" => c.ClosedOn,
            "涉及金额" => c.Amount,
            "涉及人数" => c.People,
            "未兑付金额" => c.UnpaidAmount,
            "未兑付人数" => c.UnpaidPeople,
            "备注" => c.Remark,
            _ => throw new InvalidOperationException($"附件3 has no column {key}"),
        };
    }

    /// <summary>附件4's value of a column by its key; 序号 (no key) is the row's number.</summary>
    public static object? CrossProvince(CrossProvinceRow row, string? key)
    {
        var c = row.Case;
        return key switch
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
            _ => throw new InvalidOperationException($"附件4 has no column {key}"),
        };
    }
}
