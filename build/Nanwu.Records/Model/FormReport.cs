namespace Nanwu.Records.Model;

/// <summary>The header block every form carries: 填报单位 / 填报时间 / 填报人 / 联系方式.</summary>
public sealed record ReportHeader(string Unit, DateOnly ReportedOn, string Reporter, string Contact);

/// <summary>
/// A filled 附件2 (per round) or a monthly report (per month): header, remark and the
/// numeric leaves of the form keyed by dotted path. Counts are whole decimals.
/// </summary>
public sealed record FormReport(
    RecordKind Kind,
    Owner Owner,
    string Period,
    ReportHeader Header,
    IReadOnlyDictionary<string, decimal> Values,
    string Remark,
    RecordSource Source)
{
    public decimal this[string key] => Values.TryGetValue(key, out var v) ? v : 0m;
}
