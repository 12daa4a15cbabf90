namespace Nanwu.Rendering.Wall;

/// <summary>
/// Finds values in the forms of a public file, compared in the wall's normal form, and values
/// that are mostly digits also without the separators written inside numbers, so that
/// <c>0358 555 2101</c> is found for 0358-5552101 and <c>149900-19760412-059X</c> for the ID number.
/// </summary>
internal sealed class WallMatcher<T>
    where T : notnull
{
    private readonly ValueMatcher<T> _written;
    private readonly ValueMatcher<T> _digits;

    /// <param name="values">Each value as written in the data, with what to return when it is found.</param>
    /// <param name="longEnoughOnly">Leave out values too short to tell anything (private values).</param>
    public WallMatcher(IEnumerable<(string Value, T Item)> values, bool longEnoughOnly)
    {
        var keyed = values.Select(v => (Key: WallText.Normalise(v.Value), v.Item))
            .Where(v => !longEnoughOnly || WallText.IsLongEnough(v.Key))
            .ToList();
        _written = new ValueMatcher<T>(keyed.Select(v => KeyValuePair.Create(v.Key, v.Item)));
        _digits = new ValueMatcher<T>(keyed.Where(v => WallText.IsMostlyDigits(v.Key))
            .Select(v => KeyValuePair.Create(WallText.Digits(v.Key), v.Item))
            .Where(v => !longEnoughOnly || WallText.IsLongEnough(v.Key)));
    }

    /// <summary>The values found in any of the forms, each once, in the order first seen.</summary>
    public IEnumerable<T> FindIn(IReadOnlyList<string> forms) =>
        forms.SelectMany(_written.FindIn)
            .Concat(_digits.IsEmpty ? [] : forms.SelectMany(f => _digits.FindIn(WallText.Digits(f))))
            .Distinct();
}
