namespace Nanwu.Records.Model;

/// <summary>township.yaml: the township and its office, shown in every footer.</summary>
public sealed record Township(
    string Name,
    string County,
    string Host,
    string Office,
    string Phone,
    string ReportChannel,
    string IcpNumber,
    string SiteCode,
    IReadOnlyList<string> OfficeAccounts,
    RecordSource Source);

/// <summary>leading-group.yaml: 附件1 as printed; 各村主干 come from the villages.</summary>
public sealed record LeadingGroup(
    string DocumentNumber,
    string Leader,
    IReadOnlyList<string> Deputies,
    IReadOnlyList<string> Members,
    string Office,
    string OfficeDuty,
    RecordSource Source);

/// <summary>villages/&lt;id&gt;/village.yaml.</summary>
public sealed record Village(
    string Id,
    string Name,
    string Head,
    string Phone,
    IReadOnlyList<string> Accounts,
    RecordSource Source)
{
    public Owner AsOwner() => new(Id, Name, IsTownship: false);
}
