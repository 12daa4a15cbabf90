namespace Nanwu.Aggregation;

/// <summary>
/// How a report's status was decided: the status, the date that decided it and where that date
/// came from, with both dates kept so a disagreement between them can be shown.
/// </summary>
public sealed record StatusDecision(
    ReportStatus Status, DecidedBy By, DateOnly? DecidedOn, DateOnly? ReportedOn, DateOnly? ArrivedOn, DateOnly Due)
{
    /// <summary>
    /// Git decides when the report reached main on or after 启用日期 and not after the as-of date
    /// (a build that looks back before the commit existed has no Git record to go by; the sample
    /// data, committed long after its 填报时间, is built that way). Otherwise 填报时间 decides.
    /// </summary>
    public static StatusDecision Decide(
        DateOnly? reportedOn, DateOnly? arrivedOn, DateOnly trustedFrom, DateOnly due, DateOnly asOf)
    {
        if (reportedOn is null)
        {
            return new(ReportStatuses.Classify(null, due, asOf), DecidedBy.Nothing, null, null, arrivedOn, due);
        }

        var gitDecides = arrivedOn is { } a && a >= trustedFrom && a <= asOf;
        var decided = gitDecides ? arrivedOn!.Value : reportedOn.Value;
        return new(ReportStatuses.Classify(decided, due, asOf), gitDecides ? DecidedBy.Git : DecidedBy.ReportedOn,
            decided, reportedOn, arrivedOn, due);
    }

    /// <summary>Git decided, and 填报时间 alone would have judged on time versus late the other way.</summary>
    public bool Disagrees =>
        By == DecidedBy.Git && ReportedOn is { } r && ArrivedOn is { } a && (r <= Due) != (a <= Due);
}
