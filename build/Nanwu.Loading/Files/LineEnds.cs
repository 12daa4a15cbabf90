namespace Nanwu.Loading.Files;

/// <summary>
/// Windows (CRLF), old Mac (CR) and mixed line ends as plain <c>\n</c>. YAML counts a lone CR as
/// a line break and the Markdown and front-matter splitting count only LF; one form for all
/// keeps every line number the same as the one an editor shows.
/// </summary>
public static class LineEnds
{
    public static string Normalise(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    /// <summary>The first line longer than the limit (1-based) and its length, or null.</summary>
    public static (int Line, int Length)? FirstLongerThan(string text, int limit)
    {
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            var length = (end < 0 ? text.Length : end) - start;
            if (length > limit)
            {
                return (line, length);
            }

            if (end < 0)
            {
                return null;
            }

            start = end + 1;
            line++;
        }

        return null;
    }
}
