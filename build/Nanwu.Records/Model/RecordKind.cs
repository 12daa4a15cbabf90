namespace Nanwu.Records.Model;

/// <summary>What a file in data/ holds; told by its path.</summary>
public enum RecordKind
{
    Township,
    LeadingGroup,
    Rounds,
    Village,
    WorkStats,
    Monthly,
    Clue,
    CrossProvince,
    Notice,
    TypicalCase,
    Page,
    PublicAllowList,
    Region,
    Asset,
}

public static class RecordKinds
{
    /// <summary>The schema file of a kind, under schemas/.</summary>
    public static string SchemaFile(this RecordKind kind) => kind switch
    {
        RecordKind.Township => "township.schema.json",
        RecordKind.LeadingGroup => "leading-group.schema.json",
        RecordKind.Rounds => "rounds.schema.json",
        RecordKind.Village => "village.schema.json",
        RecordKind.WorkStats => "work-stats.schema.json",
        RecordKind.Monthly => "monthly.schema.json",
        RecordKind.Clue => "clue.schema.json",
        RecordKind.CrossProvince => "cross-province.schema.json",
        RecordKind.Notice or RecordKind.TypicalCase or RecordKind.Page => "notice.schema.json",
        RecordKind.PublicAllowList => "public-allow.schema.json",
        RecordKind.Region => "region.schema.json",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "assets have no schema"),
    };

    /// <summary>Chinese name of a kind for logs and pages.</summary>
    public static string ChineseName(this RecordKind kind) => kind switch
    {
        RecordKind.Township => "乡镇信息",
        RecordKind.LeadingGroup => "领导小组",
        RecordKind.Rounds => "报送轮次",
        RecordKind.Village => "村信息",
        RecordKind.WorkStats => "工作情况统计表",
        RecordKind.Monthly => "月报",
        RecordKind.Clue => "风险线索",
        RecordKind.CrossProvince => "跨省案件（风险）",
        RecordKind.Notice => "公告",
        RecordKind.TypicalCase => "典型案例",
        RecordKind.Page => "页面",
        RecordKind.PublicAllowList => "公开例外清单",
        RecordKind.Region => "地区信息",
        RecordKind.Asset => "附件",
        _ => kind.ToString(),
    };
}
