namespace Nanwu.Workbooks.Export;

/// <summary>
/// Where things are on a form's sheet. Writer and reader share these rows; the reader also
/// finds the header by its labels, so a clerk's extra rows above it do no harm.
/// </summary>
internal static class SheetRows
{
    public const int Attachment = 1;
    public const int Title = 2;
    public const int Caption = 3;
    public const int FirstField = 4;
    public const int HeaderStart = 9;

    public const string NotesLead = "备注：";
    public const string StampHint = "（加盖公章）";

    /// <summary>Points per line of 10-point 宋体, and the least height of a body row.</summary>
    public const double LineHeight = 13.5;
    public const double BodyRow = 20;
}
