namespace Nanwu.Rendering.Tests;

/// <summary>The portal: every page dated and Chinese, the status matrix, the registers and the checks page.</summary>
public sealed class InternalSiteTests
{
    private static readonly Pages.SiteFiles Site = SampleData.InternalSite;

    [Fact]
    public void Every_page_is_chinese_dated_and_self_contained()
    {
        Assert.All(Site.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)), path =>
        {
            var html = Site.Text(path);
            Assert.Contains("<html lang=\"zh-CN\">", html);
            Assert.Contains("数据截止日：2025年7月20日", html);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"/", html);
        });
    }

    [Fact]
    public void The_overview_shows_late_and_missing_reports_with_their_words()
    {
        var index = Site.Text("index.html");

        Assert.Contains("<a class=\"badge late\" href=\"rounds/2025-06/shiqiao.html\">逾期报送（2025-06-20）</a>", index);
        Assert.Contains("<a class=\"badge missing\" href=\"rounds/2025-06/xintian.html\">未报送</a>", index);
        Assert.Contains("按时报送 10，逾期报送 1，未报送 1", index);
        Assert.Contains("<th scope=\"colgroup\" colspan=\"6\">2024年</th>", index);
    }

    [Fact]
    public void The_clue_register_is_grouped_by_the_six_categories_in_printed_order()
    {
        var clues = Site.Text("clues.html");
        var headings = Aggregation.ClueDomains.Ordered.Select(Tables.RegisterTables.GroupHeading).ToList();

        var positions = headings.Select(h => clues.IndexOf($">{h}</th>", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("地方金融监管部门：已提交", clues);
    }

    [Fact]
    public void A_village_page_shows_its_rounds_months_and_clues()
    {
        var page = HtmlText.Text(Site.Text("villages/dongzhuang.html"));

        Assert.Contains("<dt>村主干</dt><dd>王建国</dd>", Site.Text("villages/dongzhuang.html"));
        Assert.Contains("2025-06（统计截止 2025-05-31）", page);
        Assert.Contains("2024-07", page);
        Assert.Contains("共 4 条", page);
    }

    [Fact]
    public void The_leading_group_lists_the_members_and_each_village_head()
    {
        var page = Site.Text("leading-group.html");

        Assert.Contains("郭毅谋", page);
        Assert.Contains("李胡、王福栋", page);
        Assert.Contains("<tr><th scope=\"row\">东庄村</th><td>王建国</td></tr>", page);
    }

    [Fact]
    public void The_checks_page_lists_every_diagnostic_by_file()
    {
        var bag = new Records.Diagnostics.DiagnosticBag();
        var span = new Records.Diagnostics.SourceSpan("data/villages/a/clues/1.yaml", 3, 7);
        bag.Add(Records.Diagnostics.Messages.FutureDate(span, "发现时间", "2030-01-01", "2025-07-20"));
        var files = SiteBuilder.RenderInternal(SampleData.Data, SampleData.Summary,
            SampleData.Options(Path.GetTempPath()), bag.Sorted()).Files;

        var page = files.Text("checks.html");
        Assert.Contains("<code>data/villages/a/clues/1.yaml</code>", page);
        Assert.Contains("<td class=\"num\">3:7</td>", page);
        Assert.Contains("R004", page);
    }
}
