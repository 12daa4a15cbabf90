namespace Nanwu.Rendering.Wall;

/// <summary>
/// Finds which of many values occur in a text: one hash lookup per position and distinct value
/// length, so the cost grows with the text, not with the number of values. Positions whose
/// character starts no value (most of a page's markup) are passed over without a lookup.
/// </summary>
internal sealed class ValueMatcher<T>
{
    private readonly Dictionary<string, T> _values;
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int[] _lengths;
    private readonly bool[] _starts = new bool[char.MaxValue + 1];

    public ValueMatcher(IEnumerable<KeyValuePair<string, T>> values)
    {
        _values = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in values)
        {
            if (key.Length > 0 && _values.TryAdd(key, value))
            {
                // Upper-cased, as the comparison ignores case by comparing upper cases.
                _starts[char.ToUpperInvariant(key[0])] = true;
            }
        }

        _lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();
        _lengths = _values.Keys.Select(k => k.Length).Where(n => n > 0).Distinct().Order().ToArray();
    }

    public bool IsEmpty => _values.Count == 0;

    /// <summary>The values found in the text, each once, in the order first seen.</summary>
    public IEnumerable<T> FindIn(string text)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var span = text.AsSpan();
        var found = new List<T>();
        for (var start = 0; start < span.Length; start++)
        {
            if (!_starts[char.ToUpperInvariant(span[start])])
            {
                continue;
            }

            foreach (var length in _lengths)
            {
                if (start + length > span.Length)
                {
                    break;
                }

                if (_lookup.TryGetValue(span.Slice(start, length), out var key, out var value) && seen.Add(key))
                {
                    found.Add(value);
                }
            }
        }

        return found;
    }
}
