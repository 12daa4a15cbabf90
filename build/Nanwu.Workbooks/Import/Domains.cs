using System.Text.RegularExpressions;

namespace Nanwu.Workbooks.Import;

/// <summary>The six 所属行业领域, read from "(5) 教育、养老…", "（5）", "5" or the words alone.</summary>
internal sealed partial class Domains(IReadOnlyList<string> allowed)
{
    public IReadOnlyList<string> Allowed { get; } = allowed;

    public string? Read(string text)
    {
        var m = Numbered().Match(Labels.Normalise(text));
        var words = m.Groups["words"].Value;
        if (words.Length > 0)
        {
            return Allowed.FirstOrDefault(a => Labels.Normalise(a) == words);
        }

        return int.TryParse(m.Groups["n"].Value, out var n) && n >= 1 && n <= Allowed.Count ? Allowed[n - 1] : null;
    }

    [GeneratedRegex(@"^(\(?(?<n>\d)\)?[.、]?)?(?<words>.*)$")]
    private static partial Regex Numbered();
}
