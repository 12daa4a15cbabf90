namespace Nanwu.Records.Model;

/// <summary>One row of 附件3 风险线索排查处置情况统计表. 序号 is derived, not stored.</summary>
public sealed record Clue(
    Owner Owner,
    string Id,
    string SubjectName,
    bool SubjectIsPerson,
    string Domain,
    string Source,
    DateOnly FoundOn,
    string MeetsConditions,
    IReadOnlyList<(string Authority, string State)> Filings,
    string IsIllegal,
    string Path,
    DateOnly? FiledOn,
    DateOnly? ClosedOn,
    decimal Amount,
    int People,
    decimal UnpaidAmount,
    int UnpaidPeople,
    string Remark,
    RecordSource Origin)
{
    public bool IsClosed => ClosedOn is not null;
}
