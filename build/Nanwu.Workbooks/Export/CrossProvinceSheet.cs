using System.Text.Json.Nodes;
using Nanwu.Aggregation;
using Nanwu.Records.Forms;
using Nanwu.Workbooks.Xlsx;

namespace Nanwu.Workbooks.Export;

/// <summary>附件4 跨省案件（风险）登记统计表, one row per case in register order, 序号 numbered through.</summary>
internal static class CrossProvinceSheet
{
    // The printed form has nine numbered rows.
    private const int TemplateRows = 9;

    public static FormTableSpec Build(
        FormDefinition form, JsonObject schema, IReadOnlyList<CrossProvinceRow> register, SheetHeader header,
        Audience audience)
    {
        var extra = audience == Audience.Summary
            ? new[] { ExtraColumns.Owner, ExtraColumns.RecordId }
            : [ExtraColumns.RecordIdLabel];
        var body = register.Select(r => Row(form, r, audience)).ToList();
        var blanks = register.Count > 0 ? 0 : audience == Audience.Template ? TemplateRows : 1;
        for (var i = 0; i < blanks; i++)
        {
            var cells = Cells.Blanks(form).ToList();
            if (audience == Audience.Template)
            {
                cells[0] = CellSpec.Of(i + 1, CellStyle.DataSerial);
            }

            cells.AddRange(Enumerable.Repeat(CellSpec.Blank(CellStyle.ExtraData), extra.Length));
            body.Add(cells);
        }

        body = body.Select(row => Registers.WithCodes(form, schema, row)).ToList();
        return new FormTableSpec(form, SheetNames.CrossProvince, header, [], extra, body)
        {
            Choices = Registers.ChoiceColumns(form, schema, null).ToDictionary(),
        };
    }

    private static IReadOnlyList<CellSpec> Row(FormDefinition form, CrossProvinceRow row, Audience audience)
    {
        var cells = form.Leaves.Select(leaf => Cells.Of(leaf, Cells.CrossProvince(row, leaf.Key))).ToList();
        if (audience == Audience.Summary)
        {
            var owner = row.Case.Owner;
            cells.Add(CellSpec.Of(owner.IsTownship ? "乡本级" : owner.Name, CellStyle.ExtraData));
        }

        cells.Add(CellSpec.Of(row.Case.Id, CellStyle.ExtraData));
        return cells;
    }
}
