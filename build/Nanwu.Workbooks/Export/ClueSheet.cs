using System.Text.Json.Nodes;
using Nanwu.Aggregation;
using Nanwu.Records.Forms;
using Nanwu.Workbooks.Xlsx;

namespace Nanwu.Workbooks.Export;

/// <summary>
/// 附件3 风险线索排查处置情况统计表, grouped by the six 所属行业领域 in the printed order: the
/// category written once, "(1) 虚拟货币…", merged down its rows; 序号 numbered through.
/// </summary>
internal static class ClueSheet
{
    private const string DomainKey = "所属行业领域";

    // The printed form leaves two rows for each category.
    private const int TemplateRowsPerGroup = 2;

    public static FormTableSpec Build(
        FormDefinition form, JsonObject schema, IReadOnlyList<ClueRow> register, SheetHeader header, Audience audience)
    {
        var extra = audience == Audience.Summary
            ? new[] { ExtraColumns.Owner, ExtraColumns.RecordId, ExtraColumns.SubjectKind }
            : [ExtraColumns.RecordIdLabel, ExtraColumns.SubjectKindLabel];
        var domainColumn = form.Leaves.ToList().FindIndex(l => l.Key == DomainKey) + 1;
        var body = new List<IReadOnlyList<CellSpec>>();
        var merges = new List<(int, int, int)>();
        foreach (var domain in ClueDomains.Ordered)
        {
            var first = body.Count;
            var inGroup = register.Where(r => r.Clue.Domain == domain).ToList();
            body.AddRange(inGroup.Select(r => Row(form, r, audience)));
            var blanks = inGroup.Count > 0 ? 0 : audience == Audience.Template ? TemplateRowsPerGroup : 1;
            for (var i = 0; i < blanks; i++)
            {
                body.Add(Blank(form, extra.Length, audience == Audience.Template ? body.Count + 1 : null));
            }

            if (domainColumn > 0)
            {
                var cells = body[first].ToList();
                cells[domainColumn - 1] = CellSpec.Of(Registers.GroupHeading(domain), CellStyle.GroupLabel);
                body[first] = cells;
                merges.Add((first, body.Count - 1, domainColumn));
            }
        }

        body = body.Select(row => Registers.WithCodes(form, schema, row)).ToList();
        return new FormTableSpec(form, SheetNames.Clue, header, [], extra, body)
        {
            BodyMerges = merges,
            Choices = Registers.ChoiceColumns(form, schema, DomainKey)
                .Append(new(form.Leaves.Count + extra.Length, Choices.Of(schema, ExtraColumns.SubjectKind)))
                .ToDictionary(),
        };
    }

    private static IReadOnlyList<CellSpec> Row(FormDefinition form, ClueRow row, Audience audience)
    {
        var clue = row.Clue;
        var cells = form.Leaves.Select(leaf => Cells.Of(leaf, Cells.Clue(row, leaf.Key))).ToList();
        if (audience == Audience.Summary)
        {
            cells.Add(CellSpec.Of(clue.Owner.IsTownship ? "乡本级" : clue.Owner.Name, CellStyle.ExtraData));
        }

        cells.Add(CellSpec.Of(clue.Id, CellStyle.ExtraData));
        cells.Add(CellSpec.Of(clue.SubjectIsPerson ? "个人" : "单位", CellStyle.ExtraData));
        return cells;
    }

    private static IReadOnlyList<CellSpec> Blank(FormDefinition form, int extra, int? number)
    {
        var cells = Cells.Blanks(form).ToList();
        if (number is { } n)
        {
            cells[0] = CellSpec.Of(n, CellStyle.DataSerial);
        }

        cells.AddRange(Enumerable.Repeat(CellSpec.Blank(CellStyle.ExtraData), extra));
        return cells;
    }
}
