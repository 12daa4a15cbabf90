using Nanwu.Aggregation;

namespace Nanwu.Rendering.Internal;

/// <summary>How many villages stand where, in words: 按时报送 10，逾期报送 1，未报送 1.</summary>
public static class StatusCounts
{
    private static readonly ReportStatus[] Order =
        [ReportStatus.OnTime, ReportStatus.Late, ReportStatus.Missing, ReportStatus.NotDue];

    /// <summary>Counts the villages' rows only; the township's own row is not a village's report.</summary>
    public static string Of(IEnumerable<OwnerRow> rows)
    {
        var villages = rows.Where(r => !r.Owner.IsTownship).ToList();
        var parts = Order
            .Select(s => (Status: s, Count: villages.Count(r => r.Status == s)))
            .Where(p => p.Count > 0)
            .Select(p => $"{p.Status.ChineseName()} {p.Count}");
        return $"{villages.Count} 个村：" + string.Join("，", parts);
    }

    /// <summary>Reported (on time or late) of all villages: 11/12.</summary>
    public static string Reported(IEnumerable<OwnerRow> rows)
    {
        var villages = rows.Where(r => !r.Owner.IsTownship).ToList();
        var reported = villages.Count(r => r.Status is ReportStatus.OnTime or ReportStatus.Late);
        return $"{reported}/{villages.Count}";
    }
}
