using Nanwu.Aggregation;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;
using Nanwu.Rendering.Internal;
using Nanwu.Rendering.Internal.Models;
using Nanwu.Rendering.Markdown;
using Nanwu.Rendering.Output;
using Nanwu.Rendering.Pages;
using Nanwu.Rendering.Public;
using Nanwu.Rendering.Public.Images;
using Nanwu.Rendering.Public.Search;
using Nanwu.Rendering.Templates;
using Nanwu.Rendering.Wall;

namespace Nanwu.Rendering;

/// <summary>
/// Renders the public site and the internal portal into a staging folder, indexes the public
/// site for search, proves it (index included) free of private values, and swaps the sites into
/// the output folder. The public site is published only when its index was built and the wall
/// finds nothing; the previous one stays otherwise.
/// </summary>
public static class SiteBuilder
{
    private const string Templates = "site-templates";

    public static SiteReport Build(DataSet data, CampaignSummary summary, SiteOptions options, DiagnosticBag bag)
    {
        var output = new StagedOutput(options.OutputRoot);
        output.Begin();
        try
        {
            var (publicStaged, publicPages, publishPublic) =
                StagePublic(data, data.PrivateValues, options, output, bag);

            var (internalFiles, internalPages) = RenderInternal(data, summary, options, bag.Sorted());
            var internalStaged = output.Stage(InternalSite.Name, internalFiles);

            output.Publish(InternalSite.Name);
            if (publishPublic)
            {
                output.Publish(PublicSite.Name);
            }

            var published = publishPublic ? [internalStaged, publicStaged] : new[] { internalStaged };
            return new SiteReport(internalPages, publishPublic ? publicPages : 0,
                published.Sum(s => s.Written), published.Sum(s => s.Unchanged));
        }
        finally
        {
            output.Discard();
        }
    }

    /// <summary>
    /// Renders and stages the public site, builds its search index and runs the wall over both
    /// with the given private values; says whether the site may be published.
    /// </summary>
    public static (StageResult Staged, int Pages, bool MayPublish) StagePublic(DataSet data,
        IReadOnlyList<Records.Model.PrivateValue> privateValues, SiteOptions options, StagedOutput output,
        DiagnosticBag bag)
    {
        var (publicFiles, publicPages) = RenderPublic(data, options, bag);
        var staged = output.Stage(PublicSite.Name, publicFiles);
        var searchProblem = PagefindIndex.Build(options.RepoRoot, output.StagedFolder(PublicSite.Name));
        bag.AddRange(searchProblem is null ? [] : [searchProblem]);
        var wall = CheckWall(data, privateValues, options, output, output.StagedFolder(PublicSite.Name));
        bag.AddRange(wall.All);
        return (staged, publicPages, wall.MayPublish && searchProblem is null);
    }

    /// <summary>Runs the wall over a public site folder (staged, or published and kept) for the given values.</summary>
    public static WallResult CheckWall(DataSet data, IReadOnlyList<Records.Model.PrivateValue> privateValues,
        SiteOptions options, StagedOutput output, string folder) =>
        new PublicWall(privateValues, data.PublicExceptions, data.Notices)
            .Check(folder, ReportPath(options, output.PublishedFolder(PublicSite.Name)));

    /// <summary>
    /// The public site in memory, without its search index (written by Pagefind once staged);
    /// problems with the Markdown and the files beside it go to the bag.
    /// </summary>
    public static (SiteFiles Files, int Pages) RenderPublic(DataSet data, SiteOptions options, DiagnosticBag bag)
    {
        var problems = new List<Diagnostic>();
        data = MarkdownScreen.Apply(data, problems);
        var assets = NoticeAssets.Prepare(options.RepoRoot, data.Assets, problems);
        var site = new PublicSite(data, options.AsOf, options.BaseUrl, new NoticeMarkdown(), assets);
        var content = site.Build(problems);
        bag.AddRange(problems);

        var folder = Path.Combine(options.RepoRoot, Templates, PublicSite.Name);
        var files = new SiteFiles();
        new PageRenderer(new TemplateFolder(folder), site.Info()).RenderAll(content.Pages, files);
        foreach (var (sitePath, dataPath) in content.Files)
        {
            files.Add(sitePath, assets[dataPath].Bytes);
        }

        foreach (var (path, text) in content.Texts)
        {
            files.AddText(path, text);
        }

        AddAssets(folder, files);
        return (files, content.Pages.Count);
    }

    /// <summary>The internal portal in memory, with the diagnostics known so far on its checks page.</summary>
    public static (SiteFiles Files, int Pages) RenderInternal(
        DataSet data, CampaignSummary summary, SiteOptions options, IReadOnlyList<Diagnostic> diagnostics,
        NavItem? up = null)
    {
        var site = new InternalSite(data, summary, diagnostics)
        {
            Downloads = options.Downloads, Up = up, ReportPages = options.ReportPages,
        };
        var pages = site.Pages().ToList();
        var folder = Path.Combine(options.RepoRoot, Templates, InternalSite.Name);
        var files = new SiteFiles();
        var templates = new TemplateFolder(folder, PersonMask.For(data).Apply);
        new PageRenderer(templates, site.Info()).RenderAll(pages, files);
        AddAssets(folder, files);

        // Workbooks and stamped scans are part of the internal site, so they are staged and swapped with it.
        foreach (var download in options.Downloads)
        {
            files.Add(download.Path, download.Bytes());
        }

        return (files, pages.Count);
    }

    /// <summary>Each site carries its own copy of its assets (CSS), from the template folder's assets/.</summary>
    public static void AddAssets(string templateFolder, SiteFiles files)
    {
        var assets = Path.Combine(templateFolder, "assets");
        if (!Directory.Exists(assets))
        {
            return;
        }

        var paths = Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var relative = "assets/" + Path.GetRelativePath(assets, path).Replace('\\', '/');
            var bytes = File.ReadAllBytes(path);
            if (SitePaths.IsText(relative))
            {
                files.AddText(relative, System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));
            }
            else
            {
                files.Add(relative, bytes);
            }
        }
    }

    private static string ReportPath(SiteOptions options, string folder) =>
        Path.GetRelativePath(Path.GetFullPath(options.RepoRoot), folder).Replace('\\', '/');
}
