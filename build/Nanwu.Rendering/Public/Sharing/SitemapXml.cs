using Nanwu.Rendering.Pages;

namespace Nanwu.Rendering.Public.Sharing;

/// <summary>
/// sitemap.xml (sitemaps.org 0.9): every page a resident might land on from a search engine.
/// Posters and scripts are print and broadcast copies of a page and stay out.
/// </summary>
public static class SitemapXml
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static string Write(SiteAddress address, IEnumerable<Page> pages) =>
        XmlText.Write(w =>
        {
            w.WriteStartElement("urlset", Ns);
            foreach (var page in pages.Where(p => p.Layout is null && !IsCopy(p.Path))
                         .OrderBy(p => p.Path, StringComparer.Ordinal))
            {
                w.WriteStartElement("url", Ns);
                w.WriteElementString("loc", Ns, address.Of(page.Path));
                w.WriteEndElement();
            }

            w.WriteEndElement();
        });

    private static bool IsCopy(string path) => path.EndsWith(".guangbo.html", StringComparison.Ordinal);
}
