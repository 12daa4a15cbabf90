using Nanwu.Rendering.Tables;

namespace Nanwu.Rendering.Internal.Models;

/// <summary>
/// A round or a month on an owner's page: what, when due, its status and its page if any; the
/// report's 备注 when the report has no page of its own.
/// </summary>
public sealed record VillagePeriod(string Label, string? Url, string Due, StatusBadge Status, string Remark = "");
