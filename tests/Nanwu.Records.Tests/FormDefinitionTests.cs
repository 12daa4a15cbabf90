using Nanwu.Records.Forms;

namespace Nanwu.Records.Tests;

public sealed class FormDefinitionTests
{
    private static FormColumn Leaf(string label) =>
        new(label, label, null, ValueKind.Count, Measure.RunningTotal, null, false, []);

    private static FormColumn Group(string label, params FormColumn[] children) =>
        new(label, null, null, ValueKind.Text, Measure.None, null, false, children);

    [Fact]
    public void Groups_span_their_leaves_and_leaves_reach_the_last_header_row()
    {
        var form = new FormDefinition("表", 2, [], [Leaf("甲"), Group("乙", Group("丙", Leaf("丁"), Leaf("戊")), Leaf("己"))], []);

        var rows = form.HeaderRows();

        Assert.Equal(3, rows.Count);
        Assert.Equal([("甲", 1, 3), ("乙", 3, 1)], rows[0].Select(c => (c.Label, c.ColumnSpan, c.RowSpan)));
        Assert.Equal([("丙", 2, 1), ("己", 1, 2)], rows[1].Select(c => (c.Label, c.ColumnSpan, c.RowSpan)));
        Assert.Equal([("丁", 1, 1), ("戊", 1, 1)], rows[2].Select(c => (c.Label, c.ColumnSpan, c.RowSpan)));
    }
}
