using System.Text.RegularExpressions;
using Nanwu.Records.Diagnostics;

namespace Nanwu.Checking.Rules;

/// <summary>
/// Web code typed into a notice's front matter (标题, 摘要, 发布单位, 领域). The pages escape it, so it
/// shows as text and never runs; the clerk is told, since it was surely not meant to be read.
/// </summary>
internal sealed partial class NoticeMarkupRule : IRule
{
    private static readonly string[] Fields = ["标题", "发布单位", "摘要"];

    public void Check(CheckContext context)
    {
        foreach (var notice in context.Data.Notices)
        {
            var values = Fields.Select(f => (Field: f, Text: Text(notice, f)))
                .Concat(notice.Domains.Select((d, i) => (Field: $"领域.{i}", Text: d)));
            foreach (var (field, text) in values)
            {
                if (Describe(text) is { } what)
                {
                    context.Report(Messages.MarkupInFrontMatter(notice.Source.At(field), field, what));
                }
            }
        }
    }

    private static string Text(Records.Model.Notice notice, string field) => field switch
    {
        "标题" => notice.Title,
        "发布单位" => notice.Publisher,
        _ => notice.Summary,
    };

    private static string? Describe(string text) =>
        TagPattern().Match(text) is { Success: true } tag ? $"网页代码“<{tag.Groups[1].Value.ToLowerInvariant()}>”"
        : SchemePattern().Match(text) is { Success: true } scheme
            ? $"不安全的链接“{scheme.Groups[1].Value.ToLowerInvariant()}:”"
            : null;

    [GeneratedRegex(@"<\s*/?\s*([A-Za-z][A-Za-z0-9-]*)[^>]*>?")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"(?i)\b(javascript|vbscript|data)\s*:")]
    private static partial Regex SchemePattern();
}
