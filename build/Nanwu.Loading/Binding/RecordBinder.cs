using Nanwu.Loading.Files;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Model;

namespace Nanwu.Loading.Binding;

/// <summary>Turns a schema-valid document into its typed record.</summary>
internal static class RecordBinder
{
    private static readonly HashSet<string> HeaderKeys = ["填报单位", "填报时间", "填报人", "联系方式", "备注"];

    public static Township Township(YamlDocument doc, RecordSource source)
    {
        var f = new Fields(doc.Root);
        return new(f.Text("名称"), f.Text("所属县"), f.Text("主办单位"), f.Text("办公室"), f.Text("联系电话"),
            f.Text("举报渠道"), f.Text("备案号"), f.Text("网站标识码"), f.List("办公室账号"), source);
    }

    /// <summary>
    /// A county's or province's region.yaml, read as the host of the public site: the region's name
    /// where a township's would be, with no county above it and no office accounts.
    /// </summary>
    public static Township Region(YamlDocument doc, RecordSource source)
    {
        var f = new Fields(doc.Root);
        return new(f.Text("名称"), "", f.Text("主办单位"), f.Text("办公室"), f.Text("联系电话"),
            f.Text("举报渠道"), f.Text("备案号"), f.Text("网站标识码"), [], source);
    }

    public static LeadingGroup LeadingGroup(YamlDocument doc, RecordSource source)
    {
        var f = new Fields(doc.Root);
        return new(f.Text("文号"), f.Text("组长"), f.List("副组长"), f.List("成员"), f.Text("办公室"),
            f.Text("办公室职责"), source);
    }

    public static Campaign Campaign(YamlDocument doc, RecordSource source)
    {
        var f = new Fields(doc.Root);
        var rounds = f.Node["轮次"]!.AsArray()
            .Select(r => new Fields(r!.AsObject()))
            .Select(r => new Round(r.Text("编号"), r.Date("统计截止"), r.Date("报送期限")))
            .ToList();
        return new(f.Date("专项行动开始"), f.Date("专项行动结束"), f.Date("启用日期"), f.Count("月报报送日"),
            rounds, source);
    }

    public static IReadOnlyList<PublicException> PublicExceptions(YamlDocument doc) =>
        doc.Root["例外"]!.AsArray()
            .Select(e => new Fields(e!.AsObject()))
            .Select(e => new PublicException(e.Text("值"), e.Text("理由")))
            .ToList();

    public static Village Village(Placement place, YamlDocument doc, RecordSource source)
    {
        var f = new Fields(doc.Root);
        return new(place.Id, f.Text("名称"), f.Text("村主干"), f.Text("联系电话"), f.List("提交账号"), source);
    }

    public static FormReport Form(RecordKind kind, Owner owner, Placement place, YamlDocument doc, RecordSource source)
    {
        var f = new Fields(doc.Root);
        var header = new ReportHeader(f.Text("填报单位"), f.Date("填报时间"), f.Text("填报人"), f.Text("联系方式"));
        return new(kind, owner, place.Id, header, f.Numbers(HeaderKeys), f.Text("备注"), source);
    }

    public static Clue Clue(Owner owner, Placement place, YamlDocument doc, RecordSource source)
    {
        var f = new Fields(doc.Root);
        var filings = f.Child("提交有关部门审批备案情况").Node
            .Select(p => (p.Key, p.Value!.GetValue<string>()))
            .ToList();
        return new(owner, place.Id, f.Text("风险主体名称"), f.Text("主体类型") == "个人", f.Text("所属行业领域"),
            f.Text("线索来源"), f.Date("发现时间"), f.Text("是否具备规范条件"), filings, f.Text("是否属于非法集资"),
            f.Text("处置路径"), f.OptionalDate("立案时间"), f.OptionalDate("结案时间"), f.Number("涉及金额"),
            f.Count("涉及人数"), f.Number("未兑付金额"), f.Count("未兑付人数"), f.Text("备注"), source);
    }

    public static CrossProvinceCase CrossProvince(Owner owner, Placement place, YamlDocument doc, RecordSource source)
    {
        var f = new Fields(doc.Root);
        return new(owner, place.Id, f.Text("类型"), f.Text("名称"), f.Date("发现或立案时间"),
            f.Text("涉案企业或个人名称"), f.Text("统一信用编码或身份证"), f.Number("涉及金额"), f.Number("涉案人数"),
            f.Text("当前办理阶段"), f.Number("资金清退率"), f.Text("主办地"), f.Text("协办地"), f.Text("注册地"),
            f.Text("司法管辖意见及主要依据"), f.Text("涉稳简要情况"), source);
    }

    public static Notice Notice(Placement place, YamlDocument doc, string markdown, int bodyLine, RecordSource source)
    {
        var f = new Fields(doc.Root);
        return new(place.Kind, place.Id, f.Text("标题"), f.Text("发布单位"), f.Date("发布日期"),
            f.OptionalDate("有效期至"), f.List("领域"), f.Text("摘要"), markdown, bodyLine, source);
    }
}
