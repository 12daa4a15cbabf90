namespace Nanwu.Workbooks.Export;

/// <summary>
/// The header block above a form (填报单位 with room for the 公章, 填报时间, 填报人, 联系方式) and
/// the caption line with the round's dates and the as-of date. Empty values stay blank for the pen.
/// </summary>
internal sealed record SheetHeader(string Unit, DateOnly? ReportedOn, string Reporter, string Contact, string Caption)
{
    public static SheetHeader Blank { get; } = new("", null, "", "", "");
}
