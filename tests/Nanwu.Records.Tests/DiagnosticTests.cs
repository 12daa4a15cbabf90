using Nanwu.Records.Diagnostics;

namespace Nanwu.Records.Tests;

public sealed class DiagnosticTests
{
    [Fact]
    public void A_diagnostic_prints_in_the_documented_format()
    {
        var d = Messages.Negative(new SourceSpan("data/villages/dongzhuang/work-stats/2024-12.yaml", 9, 9),
            "行政处置.警示约谈", "-3");

        Assert.Equal(
            "data/villages/dongzhuang/work-stats/2024-12.yaml:9:9: 错误 S006: 行政处置.警示约谈: “-3”是负数；请填 0 或正数",
            d.ToString());
    }

    [Fact]
    public void The_bag_sorts_by_file_line_and_column()
    {
        var bag = new DiagnosticBag();
        bag.Add(Messages.EmptyFile(new SourceSpan("b.yaml", 1, 1)));
        bag.Add(Messages.EmptyFile(new SourceSpan("a.yaml", 10, 1)));
        bag.Add(Messages.EmptyFile(new SourceSpan("a.yaml", 2, 5)));

        Assert.Equal(["a.yaml:2:5", "a.yaml:10:1", "b.yaml:1:1"], bag.Sorted().Select(d => d.Span.ToString()));
    }

    [Fact]
    public void Every_code_is_unique() =>
        Assert.Equal(Codes.All.Count, Codes.All.Select(c => c.Id).Distinct().Count());
}
