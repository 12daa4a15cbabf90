using System.Globalization;
using System.Text.RegularExpressions;

namespace Nanwu.Cli.Bench;

/// <summary>
/// What a check or build said about itself on standard error: the summary's file and error
/// counts and the site stage's page counts and time (Pipeline and Report write these lines).
/// A county or province builds one township at a time and times that whole loop instead.
/// </summary>
public sealed partial record StageLines(int? Files, int? Errors, int? Pages, double? RenderSeconds)
{
    /// <summary>The render time came from the per-township loop, which also reads and checks.</summary>
    public bool RenderIncludesLoading { get; private init; }

    public static StageLines Read(string errors)
    {
        var files = Number(FilesPattern().Match(errors));
        var problems = Number(ErrorsPattern().Match(errors));
        var stage = errors.Split('\n').LastOrDefault(l => l.StartsWith("生成站点完成", StringComparison.Ordinal));
        if (stage is null)
        {
            return new StageLines(files, problems, null, null);
        }

        var pages = Number(InternalPattern().Match(stage)) + Number(PublicPattern().Match(stage));
        var time = SecondsPattern().Match(stage);
        if (time.Success)
        {
            return new StageLines(files, problems, pages, Seconds(time));
        }

        var loop = TownshipsPattern().Match(errors);
        return new StageLines(files, problems, pages, loop.Success ? Seconds(loop) : null)
        {
            RenderIncludesLoading = loop.Success,
        };
    }

    private static double Seconds(Match match) => double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);

    private static int? Number(Match match) =>
        match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex("文件：(\\d+) 个")]
    private static partial Regex FilesPattern();

    [GeneratedRegex("^错误：(\\d+) 个", RegexOptions.Multiline)]
    private static partial Regex ErrorsPattern();

    [GeneratedRegex("内部门户 (\\d+) 页")]
    private static partial Regex InternalPattern();

    [GeneratedRegex("公开网站 (\\d+) 页")]
    private static partial Regex PublicPattern();

    [GeneratedRegex("（([0-9.]+) 秒）\\s*$")]
    private static partial Regex SecondsPattern();

    [GeneratedRegex("^\\d+ 个乡镇已生成（([0-9.]+) 秒）", RegexOptions.Multiline)]
    private static partial Regex TownshipsPattern();
}
