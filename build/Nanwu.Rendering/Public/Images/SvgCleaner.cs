using System.Xml;
using System.Xml.Linq;

namespace Nanwu.Rendering.Public.Images;

/// <summary>
/// Publishes an SVG drawing only when it is a drawing: no script, no event attribute, no embedded
/// HTML, nothing fetched from elsewhere. Editor metadata (Inkscape's file paths, authors) and
/// comments are removed. Returns the cleaned SVG, or what makes it unsafe.
/// </summary>
public static class SvgCleaner
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    public static (string? Svg, string? Unsafe) Clean(string text)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(text), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return (null, $"无法解析的内容（{e.Message}）");
        }

        if (document.Root?.Name != Svg + "svg")
        {
            return (null, "不是 SVG 的内容");
        }

        if (FindUnsafe(document.Root) is { } problem)
        {
            return (null, problem);
        }

        document.DescendantNodes().Where(n => n is XComment or XProcessingInstruction).ToList()
            .ForEach(n => n.Remove());
        document.Descendants().Where(e => e.Name.Namespace != Svg || e.Name.LocalName == "metadata").ToList()
            .ForEach(e => e.Remove());
        foreach (var element in document.Descendants())
        {
            element.Attributes().Where(a => !IsKept(a)).ToList().ForEach(a => a.Remove());
        }

        return (document.Root.ToString(SaveOptions.DisableFormatting), null);
    }

    private static string? FindUnsafe(XElement root)
    {
        foreach (var element in root.DescendantsAndSelf())
        {
            if (element.Name.LocalName is "script" or "foreignObject" or "iframe")
            {
                return $"<{element.Name.LocalName}> 元素";
            }

            foreach (var attribute in element.Attributes())
            {
                var name = attribute.Name.LocalName;
                if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    return $"事件属性 {name}";
                }

                if (name == "href" && !attribute.Value.TrimStart().StartsWith('#'))
                {
                    return $"指向别处的链接 {attribute.Value}";
                }

                if (LoadsElsewhere(attribute.Value))
                {
                    return $"指向别处的引用（{name}）";
                }
            }

            if (element.Name.LocalName == "style" && LoadsElsewhere(element.Value))
            {
                return "样式中指向别处的引用";
            }
        }

        return null;
    }

    private static bool LoadsElsewhere(string value) =>
        value.Contains("@import", StringComparison.OrdinalIgnoreCase)
        || System.Text.RegularExpressions.Regex.IsMatch(value, @"url\(\s*['""]?(?!#)", default,
            TimeSpan.FromSeconds(1));

    // Attributes of SVG itself (no namespace), xlink and xml:space; editors' own namespaces go.
    private static bool IsKept(XAttribute attribute) =>
        attribute.IsNamespaceDeclaration
            ? attribute.Value == Svg.NamespaceName || attribute.Value == XLink.NamespaceName
            : attribute.Name.Namespace == XNamespace.None || attribute.Name.Namespace == XLink
              || attribute.Name.Namespace == XNamespace.Xml;
}
