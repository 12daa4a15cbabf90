using System.Globalization;
using System.Text.Json.Nodes;
using Nanwu.Records.Values;

namespace Nanwu.Workbooks.Import;

/// <summary>
/// Ids for new rows of a register, as the sample records are numbered: the year of the record's
/// date and the next free number of that year in the owner's folder (2025-003).
/// </summary>
internal sealed class RecordIds(IEnumerable<string> taken)
{
    private readonly HashSet<string> _taken = taken.ToHashSet(StringComparer.Ordinal);

    public void Reserve(string id) => _taken.Add(id);

    public string Next(JsonObject record, string dateField)
    {
        var year = Dates.TryParse(record[dateField]?.GetValue<string>(), out var date) ? date.Year : 0;
        var prefix = year.ToString("0000", CultureInfo.InvariantCulture) + "-";
        var number = _taken.Where(t => t.StartsWith(prefix, StringComparison.Ordinal))
            .Select(t => int.TryParse(t[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? n
                : 0)
            .DefaultIfEmpty(0)
            .Max() + 1;
        var id = prefix + number.ToString("000", CultureInfo.InvariantCulture);
        _taken.Add(id);
        return id;
    }
}
