using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Rendering.Wall;

/// <summary>
/// The wall between the two sites: searches every text file of a public site and its search
/// index (unpacked), normalised, for every private value long enough to be telling (two Chinese
/// characters or six characters), except the values the allow-list names. Any hit is an error
/// and the site must not be published. A hit is reported where the notice's .md wrote it, when
/// a .md holds it, else at the public file.
/// </summary>
public sealed class PublicWall
{
    /// <summary>Where the allow-list lives; its entries carry no line of their own.</summary>
    public const string AllowListPath = "data/public-allow.yaml";

    private readonly WallMatcher<PrivateValue> _private;
    private readonly WallMatcher<PublicException> _allowed;
    private readonly IReadOnlyList<PublicException> _exceptions;
    private readonly LeakSources _sources;

    /// <param name="values">The private values of the data set.</param>
    /// <param name="exceptions">The allow-list's entries.</param>
    /// <param name="notices">The notices, cases and pages the public site was made from, to trace leaks to.</param>
    public PublicWall(
        IReadOnlyList<PrivateValue> values,
        IReadOnlyList<PublicException> exceptions,
        IReadOnlyList<Notice>? notices = null)
    {
        _exceptions = exceptions;
        _sources = new LeakSources(notices ?? []);
        var allowed = exceptions.SelectMany(e => WallText.Keys(e.Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _private = new WallMatcher<PrivateValue>(values
            .Where(v => !WallText.Keys(v.Value).Any(allowed.Contains))
            .OrderBy(v => v.Source.Path, StringComparer.Ordinal)
            .ThenBy(v => v.Source.Line)
            .ThenBy(v => v.Source.Column)
            .Select(v => (v.Value, v)), longEnoughOnly: true);
        _allowed = new WallMatcher<PublicException>(exceptions.Select(e => (e.Value, e)), longEnoughOnly: false);
    }

    /// <summary>Checks a site folder on disk.</summary>
    /// <param name="siteFolder">The folder to search.</param>
    /// <param name="reportAs">How diagnostics name that folder, relative to the repository: <c>out/public</c>.</param>
    public WallResult Check(string siteFolder, string reportAs)
    {
        var found = new List<(string File, PrivateValue Value)>();
        var used = new HashSet<PublicException>();
        foreach (var file in TextFiles(siteFolder))
        {
            var forms = WallText.FormsOf(WallFiles.Read(Path.Combine(siteFolder, file))).ToList();
            found.AddRange(_private.FindIn(forms).Select(value => (file, value)));
            used.UnionWith(_allowed.FindIn(forms));
        }

        var unused = _exceptions.Where(e => !used.Contains(e))
            .Select(e => Messages.AllowListUnused(AllowListPath, e.Value));
        return new WallResult(Report(found, reportAs), unused.ToList());
    }

    /// <summary>One error per place in a .md and value, naming the public files; else one per public file.</summary>
    private List<Diagnostic> Report(List<(string File, PrivateValue Value)> found, string reportAs)
    {
        var leaks = new List<Diagnostic>();
        var traced = found.Select(f => (f.File, f.Value, At: _sources.Find(f.File, f.Value.Value))).ToList();
        foreach (var (file, value, _) in traced.Where(t => t.At is null))
        {
            leaks.Add(Messages.PrivateLeak($"{reportAs}/{file}", value.Source.ToString(), Describe(value.Mark)));
        }

        foreach (var group in traced.Where(t => t.At is not null).GroupBy(t => (t.At!.Value, t.Value)))
        {
            var files = group.Select(t => $"{reportAs}/{t.File}").ToList();
            var (at, value) = group.Key;
            leaks.Add(Messages.PrivateLeakInSource(at, files, value.Source.ToString(), Describe(value.Mark)));
        }

        return leaks;
    }

    private static IEnumerable<string> TextFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(WallFiles.IsRead)
            .Order(StringComparer.Ordinal);

    private static string Describe(string mark) => mark switch
    {
        "subject" => "风险主体名称",
        "person" => "个人姓名",
        "id" => "统一社会信用代码或身份证号",
        "phone" => "私人电话",
        "staff" => "填报人姓名",
        _ => mark,
    };
}
