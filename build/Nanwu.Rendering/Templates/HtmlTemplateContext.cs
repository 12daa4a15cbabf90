using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Parsing;

namespace Nanwu.Rendering.Templates;

/// <summary>
/// A Scriban context that escapes every value a template writes, unless it is <see cref="Html"/>,
/// after passing text through the site's filter (the internal site masks persons there).
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    // Scriban builds its builtin functions (string, array, date…) for every new context unless it is
    // given them; a province renders 40,000 pages, so they are built once and shared (read only).
    private static readonly ScriptObject Builtins = GetDefaultBuiltinObject();

    private readonly Func<string, string> _filter;

    public HtmlTemplateContext(Func<string, string> filter)
        : base(Builtins)
    {
        _filter = filter;
        NewLine = "\n";
        StrictVariables = true;
        LoopLimit = 0;
        PushCulture(CultureInfo.InvariantCulture);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case Html html:
                Write(html.Value);
                return this;
            default:
                var text = ObjectToString(textAsObject);
                if (!string.IsNullOrEmpty(text))
                {
                    Write(Html.Escape(_filter(text)));
                }

                return this;
        }
    }
}
