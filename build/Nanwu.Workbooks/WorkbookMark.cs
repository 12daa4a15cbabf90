namespace Nanwu.Workbooks;

/// <summary>
/// What a workbook is, written in its document properties (keywords) on export and read on import,
/// so that a village's form is not imported into another village by mistake.
/// </summary>
public sealed record WorkbookMark(string Kind, string? Owner, string? Round)
{
    private const string Prefix = "nanwu";

    public const string VillageKind = "village";
    public const string SummaryKind = "summary";
    public const string TemplateKind = "template";

    public static WorkbookMark ForOwner(string owner, string round) => new(VillageKind, owner, round);

    public static WorkbookMark ForSummary(string round) => new(SummaryKind, null, round);

    public static WorkbookMark ForTemplate(string form) => new(TemplateKind, form, null);

    public override string ToString() => string.Join(":", new[] { Prefix, Kind, Owner, Round }.OfType<string>());

    /// <summary>The mark in a workbook's keywords; null when it has none (a workbook made elsewhere).</summary>
    public static WorkbookMark? Parse(string? keywords)
    {
        var parts = (keywords ?? "").Split(':');
        return parts switch
        {
            [Prefix, VillageKind, var owner, var round] => ForOwner(owner, round),
            [Prefix, SummaryKind, var round] => ForSummary(round),
            [Prefix, TemplateKind, var form] => ForTemplate(form),
            _ => null,
        };
    }
}
