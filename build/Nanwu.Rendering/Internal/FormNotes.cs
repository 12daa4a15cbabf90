using Nanwu.Records.Forms;

namespace Nanwu.Rendering.Internal;

/// <summary>The notes printed under a form: its own 备注, then how the project reads its grouping.</summary>
public static class FormNotes
{
    public static IReadOnlyList<string> Of(FormDefinition form) =>
        form.Notes
            .Concat(Groups(form.Columns).Select(c => $"分组说明（{c.Label}）：{c.GroupingNote}"))
            .ToList();

    private static IEnumerable<FormColumn> Groups(IEnumerable<FormColumn> columns) =>
        columns.SelectMany(c => (c.GroupingNote is null ? [] : new[] { c }).Concat(Groups(c.Children)));
}
