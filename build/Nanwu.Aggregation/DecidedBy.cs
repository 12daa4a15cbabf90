namespace Nanwu.Aggregation;

/// <summary>Which date decided whether a report was on time (DESIGN.md "Late").</summary>
public enum DecidedBy
{
    /// <summary>No report, so nothing decided.</summary>
    Nothing,

    /// <summary>Its first arrival on main, recorded by Git on or after 启用日期.</summary>
    Git,

    /// <summary>The 填报时间 written in the report: older records, or no Git history.</summary>
    ReportedOn,
}
