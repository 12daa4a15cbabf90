using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Nanwu.Rendering.Templates;

/// <summary>
/// Resolves <c>include</c> names to the templates a <see cref="TemplateFolder"/> already parsed;
/// it never reads a file while rendering, and knows no name outside its folder.
/// </summary>
internal sealed class TemplateFolderLoader(IEnumerable<string> names) : ITemplateLoader
{
    private readonly HashSet<string> _names = names.ToHashSet(StringComparer.Ordinal);

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        _names.Contains(templateName)
            ? templateName
            : throw new InvalidOperationException($"{callerSpan}: no template named {templateName}");

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new InvalidOperationException($"{callerSpan}: template {templatePath} was not parsed up front");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
