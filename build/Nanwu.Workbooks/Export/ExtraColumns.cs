namespace Nanwu.Workbooks.Export;

/// <summary>
/// The system's columns to the right of a register, outside the printed area: the record's id
/// (so that import writes back to the same file), whether the subject is a 单位 or a 个人 (not
/// on the printed form, but needed to know what to mask) and, in the township's workbook, who
/// reported it. The reader finds them by the start of their labels.
/// </summary>
internal static class ExtraColumns
{
    public const string RecordId = "记录编号";
    public const string SubjectKind = "主体类型";
    public const string Owner = "报送单位";

    public const string RecordIdLabel = "记录编号（系统用，新增的行留空）";
    public const string SubjectKindLabel = "主体类型（单位/个人）";
}
