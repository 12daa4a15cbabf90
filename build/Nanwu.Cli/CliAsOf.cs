using Nanwu.Records.Values;

namespace Nanwu.Cli;

/// <summary>The as-of date for the Git commands: --as-of, else the newest commit's date (China time).</summary>
public static class CliAsOf
{
    public static DateOnly? Resolve(string? text, string repo)
    {
        if (text is not null)
        {
            if (Dates.TryParse(text, out var given))
            {
                return given;
            }

            Console.Error.WriteLine($"--as-of 的值“{text}”不是日期；请写成 YYYY-MM-DD，如 2025-07-20");
            return null;
        }

        if (AsOfDate.FromGit(repo) is { } fromGit)
        {
            return fromGit;
        }

        Console.Error.WriteLine("无法从 Git 得到最新提交的日期；请用 --as-of YYYY-MM-DD 指定数据截止日");
        return null;
    }
}
