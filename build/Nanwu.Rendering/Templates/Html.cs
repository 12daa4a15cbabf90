using System.Text;

namespace Nanwu.Rendering.Templates;

/// <summary>
/// Markup that is already safe to write as is (rendered Markdown, an included partial).
/// Every other value a template writes is escaped.
/// </summary>
public sealed record Html(string Value)
{
    public static Html Empty { get; } = new("");

    public override string ToString() => Value;

    /// <summary>Escapes the five characters that matter in text and quoted attributes.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
