using System.Net;
using Nanwu.Git.Tests.Support;
using Nanwu.Records.Diagnostics;
using Nanwu.Rendering;
using Nanwu.TestSupport;

namespace Nanwu.Git.Tests;

/// <summary>The internal portal built in a Git repository: closed rounds' pages, every table's provenance.</summary>
public sealed class PortalTests(TwoRoundsFixture fixture) : IClassFixture<TwoRoundsFixture>
{
    private static readonly DateOnly AsOf = new(2025, 7, 1);

    [Fact]
    public void A_closed_rounds_page_shows_its_tagged_data_the_increments_and_the_corrections()
    {
        var page = Render(fixture.Repo, "rounds/2025-06/closed.html");

        Assert.Contains("round/2025-06", page);
        const string Row = "<th scope=\"row\">行政处置·警示约谈(人次)</th>";
        Assert.Contains(Row + "<td class=\"num\">3</td><td class=\"num\">7</td><td class=\"num\">+4</td>", page);
        Assert.Contains(Row + "<td class=\"num\">7</td><td class=\"num\">12</td><td class=\"num\">+5</td>", page);
        Assert.Contains("<tr class=\"fell\">" + Row + "<td class=\"num\">4</td><td class=\"num\">3</td>", page);
        Assert.Contains("警告 R013", page);
        Assert.Contains("<td>漏报一次警示约谈</td>", page);
        Assert.Contains("新增线索：2025-001 文水县乙农业合作社（发现于 2025-02-10）", page);
        Assert.Contains("结案线索：2024-001 文水县甲商贸有限公司（发现于 2024-08-01，结案于 2025-03-01）", page);
    }

    [Fact]
    public void Every_rounds_table_names_the_round_the_commit_and_the_tag_it_was_built_from()
    {
        var repo = fixture.Repo;
        var head = repo.Git.Resolve("HEAD")![..12];
        var tagged = repo.Git.Resolve("round/2025-06")![..12];

        var table = Render(repo, "rounds/2025-06/index.html");
        var report = Render(repo, "rounds/2024-12/dongzhuang.html");

        // After the tag a correction was committed, so the table is newer than the tag.
        Assert.Contains($"数据来源：轮次 2025-06，提交 {head}，标签 round/2025-06（截止时为提交 {tagged}）", table);
        Assert.Contains($"数据来源：轮次 2024-12，提交 {head}，标签 round/2024-12（截止时为提交 ", report);
        Assert.Contains("<a href=\"../rounds/2025-06/closed.html\">2025-06</a>", Render(repo, "rounds/closed.html"));
    }

    private static readonly Dictionary<string, Nanwu.Rendering.Pages.SiteFiles> Built = [];

    /// <summary>One page of the internal site, rendered once per repository.</summary>
    private static string Render(TownshipRepo repo, string path)
    {
        lock (Built)
        {
            if (!Built.TryGetValue(repo.Root, out var files))
            {
                var data = repo.Load();
                var bag = new DiagnosticBag();
                var summary = GitContext.Open(repo.Root)!.Summarise(data, AsOf, bag);
                var options = new SiteOptions(Repo.Root, Path.Combine(repo.Scratch, "out"), AsOf, null);
                Built[repo.Root] = files = SiteBuilder.RenderInternal(data, summary, options, bag.Sorted()).Files;
            }

            return WebUtility.HtmlDecode(files.Text(path));
        }
    }
}
