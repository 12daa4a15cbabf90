using Nanwu.Records.Values;

namespace Nanwu.Records.Model;

/// <summary>One row of 附件4 跨省案件（风险）登记统计表.</summary>
public sealed record CrossProvinceCase(
    Owner Owner,
    string Id,
    string Type,
    string Name,
    DateOnly FoundOrFiledOn,
    string SubjectName,
    string Code,
    decimal Amount,
    decimal PeopleTenThousands,
    string Stage,
    decimal RecoveryRate,
    string LeadPlace,
    string AssistingPlaces,
    string RegisteredPlace,
    string JurisdictionOpinion,
    string StabilityNote,
    RecordSource Origin)
{
    /// <summary>The subject is a person when the code has the shape of an ID number.</summary>
    public bool SubjectIsPerson => IdentityCodes.KindOf(Code) == CodeKind.IdNumber;
}
