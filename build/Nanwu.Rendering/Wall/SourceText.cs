using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Values;

namespace Nanwu.Rendering.Wall;

/// <summary>
/// The text of a source file (a notice's .md) in the wall's normal form, with the line and
/// column each character came from, so a leak can be traced back to where it was written.
/// Markdown's emphasis marks and inline tags are left out as well, since <c>贾**文**斌</c>
/// renders as one word; entities and percent-encoded runs are decoded.
/// </summary>
internal sealed partial class SourceText
{
    // Marks that Markdown turns into tags or drops: a value may be written across them.
    private const string MarkdownMarks = "*_~`\\";

    // Put between pieces (title, summary, body) so that no value is found across two of them.
    private const char Boundary = '\u0001';

    private readonly string _path;
    private readonly StringBuilder _text = new();
    private readonly List<(int Line, int Column)> _at = [];
    private string? _digits;
    private List<int>? _digitsAt;

    public SourceText(string path) => _path = path;

    /// <summary>Adds a piece of the file whose first character is at the 1-based line and column.</summary>
    public SourceText Add(int line, int column, string text)
    {
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            AddLine(line + n, n == 0 ? column : 1, lines[n]);
        }

        Emit(Boundary, (line, column));
        _digits = null;
        return this;
    }

    /// <summary>Where a value is first written, or null when it cannot be found in this file.</summary>
    public SourceSpan? Find(string value)
    {
        var key = Strip(WallText.Normalise(value));
        if (key.Length == 0)
        {
            return null;
        }

        var index = _text.ToString().IndexOf(key, StringComparison.OrdinalIgnoreCase);
        if (index >= 0)
        {
            return Span(_at[index]);
        }

        if (!WallText.IsMostlyDigits(key))
        {
            return null;
        }

        BuildDigits();
        index = _digits!.IndexOf(WallText.Digits(key), StringComparison.OrdinalIgnoreCase);
        return index >= 0 ? Span(_at[_digitsAt![index]]) : null;
    }

    private SourceSpan Span((int Line, int Column) at) => new(_path, at.Line, at.Column);

    private void AddLine(int line, int column, string text)
    {
        for (var i = 0; i < text.Length;)
        {
            var at = (line, column + i);
            if (text[i] == '<' && Tag().Match(text, i) is { Success: true } tag)
            {
                i += tag.Length;
            }
            else if (Decoded(text, i) is var (length, decoded))
            {
                foreach (var c in decoded)
                {
                    Emit(c, at);
                }

                i += length;
            }
            else
            {
                if (!MarkdownMarks.Contains(text[i]))
                {
                    Emit(text[i], at);
                }

                i++;
            }
        }
    }

    /// <summary>An entity or a run of percent-encoded bytes starting at <paramref name="i"/>, decoded.</summary>
    private static (int Length, string Text)? Decoded(string text, int i)
    {
        if (text[i] == '&' && Entity().Match(text, i) is { Success: true } entity)
        {
            var decoded = WebUtility.HtmlDecode(entity.Value);
            return decoded == entity.Value ? null : (entity.Length, decoded);
        }

        if (text[i] == '%' && Percent().Match(text, i) is { Success: true } run)
        {
            var decoded = Uri.UnescapeDataString(run.Value);
            return decoded == run.Value ? null : (run.Length, decoded);
        }

        return null;
    }

    private void Emit(char c, (int Line, int Column) at)
    {
        var half = ClerkInput.ToHalfWidth(c.ToString())[0];
        if (c != Boundary && (WallText.IsDropped(half) || MarkdownMarks.Contains(half)))
        {
            return;
        }

        _text.Append(half);
        _at.Add(at);
    }

    private void BuildDigits()
    {
        if (_digits is not null)
        {
            return;
        }

        var text = _text.ToString();
        var sb = new StringBuilder(text.Length);
        _digitsAt = [];
        for (var i = 0; i < text.Length; i++)
        {
            if (!WallText.IsNumberSeparator(text[i]))
            {
                sb.Append(text[i]);
                _digitsAt.Add(i);
            }
        }

        _digits = sb.ToString();
    }

    private static string Strip(string key) => string.Concat(key.Where(c => !MarkdownMarks.Contains(c)));

    // \G: only a match that starts where the scan stands.
    [GeneratedRegex(@"\G<(?:/?[A-Za-z][^<>]*|!--.*?--)>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\G&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex Entity();

    [GeneratedRegex(@"\G(?:%[0-9A-Fa-f]{2})+")]
    private static partial Regex Percent();
}
