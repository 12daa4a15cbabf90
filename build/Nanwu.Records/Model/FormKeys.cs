namespace Nanwu.Records.Model;

/// <summary>The keys of 附件2 that domain rules speak of by name.</summary>
public static class FormKeys
{
    public const string CluesFound = "风险线索.发现数量";
    public const string CasesFiled = "刑事打击.新发案件.立案数量.合计";
    public const string CrossProvinceFiled = "刑事打击.新发案件.立案数量.其中跨省案件立案量";
    public const string Unit = "填报单位";
    public const string ReportedOn = "填报时间";
}
