using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;

namespace Nanwu.Rendering.Templates;

/// <summary>
/// The Scriban templates of one site (<c>site-templates/internal/</c> or <c>public/</c>), each
/// parsed once. Names are paths relative to the folder with <c>/</c>: <c>partials/badge.scriban</c>.
/// </summary>
public sealed class TemplateFolder
{
    private const string Extension = ".scriban";

    private readonly Dictionary<string, Template> _templates;
    private readonly TemplateFolderLoader _loader;
    private readonly Func<string, string> _filter;

    /// <summary>Parses every template under <paramref name="folder"/>.</summary>
    /// <param name="folder">The site's template folder.</param>
    /// <param name="filter">Applied to every text value before it is escaped.</param>
    public TemplateFolder(string folder, Func<string, string>? filter = null)
    {
        Folder = folder;
        _filter = filter ?? (s => s);
        _templates = Parsed(folder);
        _loader = new TemplateFolderLoader(_templates.Keys);
    }

    public string Folder { get; }

    /// <summary>Renders a template with the given global variables.</summary>
    public string Render(string name, IReadOnlyDictionary<string, object?> globals)
    {
        if (!_templates.TryGetValue(name, out var template))
        {
            throw new InvalidOperationException($"no template {name} in {Folder}");
        }

        var context = new HtmlTemplateContext(_filter) { TemplateLoader = _loader };
        foreach (var (key, parsed) in _templates)
        {
            context.CachedTemplates[key] = parsed;
        }

        var script = new ScriptObject { ["include"] = new HtmlInclude() };
        foreach (var (key, value) in globals)
        {
            script[key] = value;
        }

        context.PushGlobal(script);
        return template.Render(context).Replace("\r\n", "\n");
    }

    // A province's build makes a template folder per township; parsing the same files 1,300 times
    // cost more than rendering. Parsed templates are kept per folder while its files (names, sizes,
    // times of change) stay the same; Scriban renders a parsed template from many threads at once.
    private static readonly ConcurrentDictionary<string, (string Stamp, Dictionary<string, Template> Templates)>
        ParsedFolders = new(StringComparer.Ordinal);

    private static Dictionary<string, Template> Parsed(string folder)
    {
        var names = Directory.EnumerateFiles(folder, "*" + Extension, SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var stamp = string.Join("\n", names.Select(name => new FileInfo(Path.Combine(folder, name)))
            .Select(f => $"{f.FullName}\t{f.Length}\t{f.LastWriteTimeUtc.Ticks}"));
        var key = Path.GetFullPath(folder);
        if (ParsedFolders.TryGetValue(key, out var known) && known.Stamp == stamp)
        {
            return known.Templates;
        }

        var templates = names.ToDictionary(name => name, name => Parse(folder, name), StringComparer.Ordinal);
        ParsedFolders[key] = (stamp, templates);
        return templates;
    }

    private static Template Parse(string folder, string name)
    {
        var text = File.ReadAllText(Path.Combine(folder, name)).Replace("\r\n", "\n");
        var template = Template.Parse(text, name);
        if (template.HasErrors)
        {
            var problems = string.Join("\n", template.Messages.Select(m => m.ToString()));
            throw new InvalidOperationException($"template {name} in {folder} does not parse:\n{problems}");
        }

        return template;
    }
}
