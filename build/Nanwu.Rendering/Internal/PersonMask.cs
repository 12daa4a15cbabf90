using Nanwu.Records.Model;
using Nanwu.Records.Values;

namespace Nanwu.Rendering.Internal;

/// <summary>
/// The internal site's last line of masking: every text a template writes passes through here,
/// so a person's name or ID number in a remark, a case name or a diagnostic is masked as well
/// as in its own column. Any other run shaped like an ID number (a rejected file's, one written
/// with spaces or dashes) is masked after the known values.
/// </summary>
public sealed class PersonMask
{
    private readonly Dictionary<char, (string From, string To)[]> _byFirst;

    public PersonMask(IEnumerable<(string From, string To)> replacements)
    {
        _byFirst = replacements
            .Where(r => r.From.Length >= 2 && r.From != r.To)
            .DistinctBy(r => r.From, StringComparer.Ordinal)
            .GroupBy(r => r.From[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.From.Length)
                .ThenBy(r => r.From, StringComparer.Ordinal).ToArray());
    }

    /// <summary>The names of persons and the ID numbers in the data set, with their masked forms.</summary>
    public static PersonMask For(DataSet data)
    {
        var names = data.Clues.Where(c => c.SubjectIsPerson).Select(c => c.SubjectName)
            .Concat(data.CrossProvince.Where(c => c.SubjectIsPerson).Select(c => c.SubjectName))
            .Concat(data.PrivateValues.Where(v => v.Mark == "person").Select(v => v.Value))
            .Select(n => n.Trim())
            .Select(n => (n, Masking.PersonName(n)));
        var ids = data.CrossProvince.Select(c => c.Code)
            .Concat(data.PrivateValues.Where(v => v.Mark == "id").Select(v => v.Value))
            .Where(code => IdentityCodes.KindOf(code) == CodeKind.IdNumber || IdentityCodes.LooksLikeIdNumber(code))
            .Select(code => (code, Masking.IdNumber(code)));
        return new PersonMask(names.Concat(ids));
    }

    public string Apply(string text) => IdNumberText.Mask(ReplaceKnown(text));

    private string ReplaceKnown(string text)
    {
        if (_byFirst.Count == 0)
        {
            return text;
        }

        System.Text.StringBuilder? sb = null;
        var copied = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!_byFirst.TryGetValue(text[i], out var candidates))
            {
                continue;
            }

            foreach (var (from, to) in candidates)
            {
                if (string.CompareOrdinal(text, i, from, 0, from.Length) == 0)
                {
                    sb ??= new System.Text.StringBuilder(text.Length);
                    sb.Append(text, copied, i - copied).Append(to);
                    i += from.Length - 1;
                    copied = i + 1;
                    break;
                }
            }
        }

        return sb is null ? text : sb.Append(text, copied, text.Length - copied).ToString();
    }
}
