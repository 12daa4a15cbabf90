using Nanwu.Git.Ci;
using Nanwu.Git.Tests.Support;
using Nanwu.Records.Diagnostics;

namespace Nanwu.Git.Tests;

public sealed class AnnotationTests
{
    [Fact]
    public void An_error_is_printed_as_GitHubs_error_command_with_data_and_properties_escaped()
    {
        var span = new SourceSpan("data/a,b:c%.yaml", 3, 7);
        var diagnostic = new Diagnostic(Codes.ForeignFile, span, "字段", "完成 50%\r\n下一行");

        Assert.Equal("::error file=data/a%2Cb%3Ac%25.yaml,line=3,col=7,title=G001::字段: 完成 50%25%0D%0A下一行",
            Annotations.Of(diagnostic));
    }

    [Fact]
    public void A_warning_is_printed_as_GitHubs_warning_command()
    {
        var span = new SourceSpan("data/villages/dongzhuang/work-stats/2025-06.yaml", 12, 9);
        var diagnostic = Messages.RunningTotalFell(span, "行政处置.立案", "2024-12", 3, 2);

        Assert.Equal("::warning file=data/villages/dongzhuang/work-stats/2025-06.yaml,line=12,col=9,title=R013::" +
            "行政处置.立案: 累计数从上一轮（2024-12）的 3 降到 2；累计数自专项行动开始只增不减，请核对两轮的数据",
            Annotations.Of(diagnostic));
    }

    [Fact]
    public void In_GitHub_Actions_the_command_line_prints_annotations_and_writes_both_summaries()
    {
        using var repo = PullRequest.WithMain();
        repo.WorkStats("xizhuang", "2024-12", "2024-12-11", ("行政处置.警示约谈", 9));
        repo.Commit("东庄村改了西庄村的表", "2025-01-05T10:00:00+08:00", "dongzhuang");
        var summary = Path.Combine(repo.Scratch, "summary.md");
        var stepSummary = Path.Combine(repo.Scratch, "step-summary.md");
        File.WriteAllText(stepSummary, "前一步的小结\n");

        var run = NanwuCli.Run(repo.Root, new Dictionary<string, string>
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_ACTOR"] = "dongzhuang",
            ["GITHUB_STEP_SUMMARY"] = stepSummary,
        }, "check", "--changed", "main", "--as-of", "2025-01-10", "--summary", summary);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Output.Split('\n');
        Assert.Contains("::error file=data/villages/xizhuang/work-stats/2024-12.yaml,line=1,col=1,title=G001::" +
            "账号“dongzhuang”是东庄村的提交账号，只能改动 data/villages/dongzhuang/ 下的文件；" +
            "请撤回对这个文件的改动，其他村或全乡共用的文件请由该村或乡经济发展办提交", lines);
        Assert.Contains("data/villages/xizhuang/work-stats/2024-12.yaml:1:1: 错误 G001: 账号“dongzhuang”", run.Output);
        Assert.StartsWith("## 南武乡数据检查：未通过", File.ReadAllText(summary));
        Assert.Equal("前一步的小结\n" + File.ReadAllText(summary), File.ReadAllText(stepSummary));
    }

    [Fact]
    public void Outside_GitHub_Actions_no_annotation_is_printed()
    {
        using var repo = PullRequest.WithMain();
        repo.WorkStats("xizhuang", "2024-12", "2024-12-11", ("行政处置.警示约谈", 9));
        repo.Commit("东庄村改了西庄村的表", "2025-01-05T10:00:00+08:00", "dongzhuang");

        var run = NanwuCli.Run(repo.Root, new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "" },
            "check", "--changed", "main", "--as-of", "2025-01-10", "--author", "dongzhuang");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("::error", run.Output);
        Assert.Contains("错误 G001", run.Output);
    }
}
