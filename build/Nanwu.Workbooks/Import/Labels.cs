using Nanwu.Records.Values;

namespace Nanwu.Workbooks.Import;

/// <summary>Labels compared the way a person reads them: full width as half, spaces and line breaks ignored.</summary>
internal static class Labels
{
    public static string Normalise(string text) =>
        string.Concat(ClerkInput.ToHalfWidth(text).Where(c => !char.IsWhiteSpace(c)));

    /// <summary>True when the text is the label, with or without a colon after it.</summary>
    public static bool IsLabel(string text, string label)
    {
        var t = Normalise(text);
        var l = Normalise(label);
        return t == l || t == l + ":";
    }
}
