namespace Nanwu.Workbooks.Xlsx;

/// <summary>The cell formats of every workbook, in the order of <see cref="Styles"/>' cellXfs.</summary>
internal enum CellStyle
{
    Default,
    Attachment,
    Title,
    Caption,
    FieldLabel,
    FieldText,
    FieldDate,
    StampHint,
    Head,
    DataText,
    DataCenter,
    DataCode,
    DataCount,
    DataDecimal,
    DataDate,
    GroupLabel,
    Note,
    ExtraHead,
    ExtraData,
    TotalLabel,
    DataSerial,
}
