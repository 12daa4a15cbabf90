using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Rendering.Wall;

/// <summary>
/// The wall between the two sites: searches every text file of a public site and its search
/// index (unpacked), normalised, for every private value long enough to be telling (two Chinese
/// characters or six characters), except the values the allow-list names. Any hit is an error
/// and the site must not be published.
/// </summary>
public sealed class PublicWall
{
    /// <summary>Where the allow-list lives; its entries carry no line of their own.</summary>
    public const string AllowListPath = "data/public-allow.yaml";

    private readonly ValueMatcher<PrivateValue> _private;
    private readonly ValueMatcher<PublicException> _allowed;
    private readonly IReadOnlyList<PublicException> _exceptions;

    public PublicWall(IReadOnlyList<PrivateValue> values, IReadOnlyList<PublicException> exceptions)
    {
        _exceptions = exceptions;
        var allowed = exceptions.Select(e => e.Value).ToHashSet(StringComparer.Ordinal);
        _private = new ValueMatcher<PrivateValue>(values
            .Where(v => !allowed.Contains(v.Value))
            .OrderBy(v => v.Source.Path, StringComparer.Ordinal)
            .ThenBy(v => v.Source.Line)
            .ThenBy(v => v.Source.Column)
            .Select(v => KeyValuePair.Create(WallText.Normalise(v.Value), v))
            .Where(p => WallText.IsLongEnough(p.Key)));
        _allowed = new ValueMatcher<PublicException>(
            exceptions.Select(e => KeyValuePair.Create(WallText.Normalise(e.Value), e)));
    }

    /// <summary>Checks a site folder on disk.</summary>
    /// <param name="siteFolder">The folder to search.</param>
    /// <param name="reportAs">How diagnostics name that folder, relative to the repository: <c>out/public</c>.</param>
    public WallResult Check(string siteFolder, string reportAs)
    {
        var leaks = new List<Diagnostic>();
        var used = new HashSet<PublicException>();
        foreach (var file in TextFiles(siteFolder))
        {
            var forms = WallText.FormsOf(WallFiles.Read(Path.Combine(siteFolder, file))).ToList();
            foreach (var value in forms.SelectMany(_private.FindIn).Distinct())
            {
                leaks.Add(Messages.PrivateLeak($"{reportAs}/{file}", value.Source.ToString(), Describe(value.Mark)));
            }

            used.UnionWith(forms.SelectMany(_allowed.FindIn));
        }

        var unused = _exceptions.Where(e => !used.Contains(e))
            .Select(e => Messages.AllowListUnused(AllowListPath, e.Value));
        return new WallResult(leaks, unused.ToList());
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
