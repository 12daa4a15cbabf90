using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;
using Nanwu.Rendering.Markdown;
using Nanwu.Rendering.Public.Images;

namespace Nanwu.Rendering.Public;

/// <summary>
/// The public site's own problems (unsafe Markdown, images without words, missing or unusable
/// files beside the notices) found the way <see cref="SiteBuilder.RenderPublic"/> finds them, but
/// without templates and without writing anything: what <c>nanwu check</c> reports.
/// </summary>
public static class PublicChecks
{
    public static void Run(DataSet data, SiteOptions options, DiagnosticBag bag)
    {
        var problems = new List<Diagnostic>();
        data = MarkdownScreen.Apply(data, problems);
        var assets = NoticeAssets.Prepare(options.RepoRoot, data.Assets, problems);
        new PublicSite(data, options.AsOf, options.BaseUrl, new NoticeMarkdown(), assets).Build(problems);
        bag.AddRange(problems);
    }
}
