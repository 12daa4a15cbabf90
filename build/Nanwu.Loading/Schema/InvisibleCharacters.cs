using System.Globalization;

namespace Nanwu.Loading.Schema;

/// <summary>
/// Characters a clerk cannot see in a key: zero-width spaces, byte order marks, direction marks,
/// control characters, the full-width space. Copied from WeChat or a web page, they make a key
/// look right and still not match.
/// </summary>
internal static class InvisibleCharacters
{
    /// <summary>The first such character as U+XXXX, or null.</summary>
    public static string? FirstIn(string text)
    {
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (c == '\u3000' || category is UnicodeCategory.Format or UnicodeCategory.Control
                    or UnicodeCategory.SpaceSeparator && c != ' ')
            {
                return $"U+{(int)c:X4}";
            }
        }

        return null;
    }
}
