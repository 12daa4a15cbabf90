using Nanwu.Rendering.Templates;

namespace Nanwu.Rendering.Pages;

/// <summary>
/// Renders pages with a site's templates: the page's own template first, then
/// <c>layout.scriban</c> around it. Templates see <c>site</c>, <c>page</c>, <c>title</c>,
/// <c>path</c>, <c>meta</c> (a <see cref="PageMeta"/> or null) and <c>root</c> (the relative way
/// back to the site root); the layout also sees <c>content</c>.
/// </summary>
public sealed class PageRenderer(TemplateFolder templates, object site)
{
    private const string Layout = "layout.scriban";

    public void RenderAll(IEnumerable<Page> pages, SiteFiles files)
    {
        foreach (var page in pages)
        {
            files.AddText(page.Path, Render(page));
        }
    }

    public string Render(Page page)
    {
        var globals = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["site"] = site,
            ["page"] = page.Model,
            ["title"] = page.Title,
            ["path"] = page.Path,
            ["meta"] = page.Meta,
            ["root"] = SitePaths.RootOf(page.Path),
        };
        var body = templates.Render(page.Template, globals);
        globals["content"] = new Html(body);
        return templates.Render(page.Layout ?? Layout, globals);
    }
}
