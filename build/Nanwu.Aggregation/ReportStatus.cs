namespace Nanwu.Aggregation;

/// <summary>Where an owner stands for a round or a month, judged against the as-of date.</summary>
public enum ReportStatus
{
    /// <summary>Submitted by the due date.</summary>
    OnTime,

    /// <summary>Submitted after the due date.</summary>
    Late,

    /// <summary>Not submitted, and the due date has passed.</summary>
    Missing,

    /// <summary>Not submitted yet, and not due yet.</summary>
    NotDue,
}

public static class ReportStatuses
{
    public static string ChineseName(this ReportStatus status) => status switch
    {
        ReportStatus.OnTime => "按时报送",
        ReportStatus.Late => "逾期报送",
        ReportStatus.Missing => "未报送",
        _ => "未到期",
    };

    /// <summary>Classifies by the deciding date (填报时间 or Git's arrival, see <see cref="StatusDecision"/>).</summary>
    public static ReportStatus Classify(DateOnly? reportedOn, DateOnly due, DateOnly asOf) => reportedOn switch
    {
        { } d when d <= due => ReportStatus.OnTime,
        not null => ReportStatus.Late,
        null when asOf > due => ReportStatus.Missing,
        _ => ReportStatus.NotDue,
    };
}
