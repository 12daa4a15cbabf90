using Nanwu.Records.Model;
using Nanwu.Workbooks.Xlsx;

namespace Nanwu.Workbooks.Export;

/// <summary>
/// 填报单位 / 填报时间 / 填报人 / 联系方式, one to a line as on the printed form: the label, then
/// the value on an underline; the 填报单位 line is tall enough for the 公章.
/// </summary>
internal static class HeaderBlock
{
    private const double StampRow = 40;
    private const double FieldRow = 22;
    private const int ValueWidth = 28;

    public static void Write(SheetBuilder sheet, FormTableSpec spec)
    {
        var row = SheetRows.FirstField;
        foreach (var label in spec.Form.HeaderFields)
        {
            var labelEnd = Reach(sheet, 1, TextWidth.Of(label) + 4, spec.FormColumns);
            sheet.Set(row, 1, CellSpec.Of(label + "：", CellStyle.FieldLabel));
            sheet.Merge(row, 1, row, labelEnd);

            var valueStart = Math.Min(labelEnd + 1, spec.FormColumns);
            var valueEnd = Reach(sheet, valueStart, ValueWidth, spec.FormColumns);
            sheet.Set(row, valueStart, Value(spec.Header, label));
            sheet.Merge(row, valueStart, row, valueEnd);

            var isUnit = label == FormKeys.Unit;
            if (isUnit && valueEnd < spec.FormColumns)
            {
                sheet.Set(row, valueEnd + 1, CellSpec.Of(SheetRows.StampHint, CellStyle.StampHint));
                sheet.Merge(row, valueEnd + 1, row, Reach(sheet, valueEnd + 1, 14, spec.FormColumns));
            }

            sheet.Height(row, isUnit ? StampRow : FieldRow);
            row++;
        }
    }

    private static CellSpec Value(SheetHeader header, string label) => label switch
    {
        FormKeys.Unit => CellSpec.Of(header.Unit, CellStyle.FieldText),
        FormKeys.ReportedOn when header.ReportedOn is { } date => CellSpec.Of(date, CellStyle.FieldDate),
        FormKeys.ReportedOn => CellSpec.Blank(CellStyle.FieldDate),
        "填报人" => CellSpec.Of(header.Reporter, CellStyle.FieldText),
        "联系方式" => CellSpec.Of(header.Contact, CellStyle.FieldText),
        _ => CellSpec.Blank(CellStyle.FieldText),
    };

    /// <summary>The last column from <paramref name="start"/> needed to make <paramref name="width"/>.</summary>
    private static int Reach(SheetBuilder sheet, int start, double width, int limit)
    {
        var end = start;
        var have = sheet.WidthOf(start);
        while (have < width && end < limit)
        {
            end++;
            have += sheet.WidthOf(end);
        }

        return end;
    }
}
