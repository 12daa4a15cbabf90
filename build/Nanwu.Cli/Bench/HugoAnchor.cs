namespace Nanwu.Cli.Bench;

/// <summary>Hugo rendering as many Markdown pages as Nanwu's build made: the yardstick for rendering speed.</summary>
public static class HugoAnchor
{
    public const string NotInstalled = "hugo 未安装：运行 build/prepare.sh bench";

    public static HugoResult Run(string work, int pages)
    {
        var hugo = Tools.Find("hugo");
        if (hugo is null)
        {
            return new HugoResult(null, pages, NotInstalled);
        }

        if (pages <= 0)
        {
            return new HugoResult(null, pages, "nanwu 没有生成页面，未运行 Hugo");
        }

        var site = Path.Combine(work, "hugo-site");
        HugoSite.Write(site, pages);
        var run = TimedRun.Start(hugo,
            ["--quiet", "--source", site, "--destination", Path.Combine(work, "hugo-out")], site);
        return run.ExitCode == 0
            ? new HugoResult(run, pages, null)
            : new HugoResult(run, pages, $"hugo 失败（退出码 {run.ExitCode}）：{run.Errors.Trim()}");
    }
}
