using System.Xml;
using Nanwu.Rendering.Public.Models;

namespace Nanwu.Rendering.Public.Sharing;

/// <summary>
/// feed.xml: the current notices and typical cases as an Atom feed (RFC 4287), newest first,
/// with absolute links so a feed reader or a WeChat article tool can follow them.
/// </summary>
public static class AtomFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static string Write(PublicSiteInfo site, SiteAddress address, PublicCatalog catalog) =>
        XmlText.Write(w =>
        {
            var items = catalog.CurrentItems;
            var updated = items.Count > 0 ? items.Max(n => n.PublishedOn) : catalog.AsOf;
            w.WriteStartElement("feed", Atom);
            w.WriteAttributeString("xml", "lang", null, "zh-CN");
            w.WriteElementString("title", Atom, site.Title);
            w.WriteElementString("subtitle", Atom, "防范非法集资公告与典型案例");
            Link(w, "self", address.Of(PublicUrls.Feed), "application/atom+xml");
            Link(w, "alternate", address.Of(PublicUrls.Index), "text/html");
            w.WriteElementString("id", Atom, address.Of(PublicUrls.Feed));
            w.WriteElementString("updated", Atom, XmlText.Rfc3339(updated));
            w.WriteStartElement("author", Atom);
            w.WriteElementString("name", Atom, site.Host);
            w.WriteEndElement();
            foreach (var item in items)
            {
                var url = address.Of(PublicUrls.Of(item));
                w.WriteStartElement("entry", Atom);
                w.WriteElementString("title", Atom, item.Title);
                Link(w, "alternate", url, "text/html");
                w.WriteElementString("id", Atom, url);
                w.WriteElementString("published", Atom, XmlText.Rfc3339(item.PublishedOn));
                w.WriteElementString("updated", Atom, XmlText.Rfc3339(item.PublishedOn));
                w.WriteStartElement("author", Atom);
                w.WriteElementString("name", Atom, item.Publisher);
                w.WriteEndElement();
                foreach (var domain in item.Domains)
                {
                    w.WriteStartElement("category", Atom);
                    w.WriteAttributeString("term", domain);
                    w.WriteEndElement();
                }

                w.WriteElementString("summary", Atom, item.Summary);
                w.WriteEndElement();
            }

            w.WriteEndElement();
        });

    private static void Link(XmlWriter w, string rel, string href, string type)
    {
        w.WriteStartElement("link", Atom);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }
}
