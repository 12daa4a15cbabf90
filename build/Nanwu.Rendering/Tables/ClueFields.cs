using Nanwu.Aggregation;
using Nanwu.Records.Values;

namespace Nanwu.Rendering.Tables;

/// <summary>
/// The value of a 附件3 column for a clue as HTML shows it: the names of persons are masked;
/// company names are shown. An unknown key shows nothing.
/// </summary>
public static class ClueFields
{
    public static object? Get(ClueRow row, string? key)
    {
        RegisterFields.TryClue(row, key, out var value);
        return key == "风险主体名称" && row.Clue.SubjectIsPerson ? Masking.PersonName(row.Clue.SubjectName) : value;
    }
}
