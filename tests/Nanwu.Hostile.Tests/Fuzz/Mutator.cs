using System.Text;
using Nanwu.Synthetic;

namespace Nanwu.Hostile.Tests.Fuzz;

/// <summary>
/// Damages a file the ways hands, editors and copy-paste do, and the ways an attacker would:
/// flipped bytes, cuts, repeated or lost lines, wrong indentation, stray Unicode, odd YAML
/// (aliases, tags, documents, nesting), Markdown bombs and plain noise. Deterministic per seed.
/// </summary>
public sealed class Mutator(SeededRandom random)
{
    private static readonly string[] Unicode =
    [
        "\0", "\uFEFF", "\u200B", "\u2028", "\u2029", "\u0085", "\r", "\r\n", "\t", "\u3000", "：", "１２",
        "😀", "\uD800", "é", "Ω", "\"", "'", "&", "*", "[", "{", "}", "]", "#", "|", ">", "%", "@", "`", "---",
        "...", "\\", "\u202E", "𠀀",
    ];

    private static readonly string[] Scalars =
    [
        "", "~", "null", "-1", "-0", "0", "007", "1e400", ".nan", ".inf", "99999999999999999999999999999999",
        "0.00000000000000000000000000001", "9999-12-31", "0001-01-01", "2024-02-30", "2099-01-01", "yes", "on",
        "true", "[]", "{}", "[1, 2", "\"unclosed", "'x''y'", "!!binary aGk=", "!tag x", "|", ">-", "&a x", "*a",
        "<<: *a", "? [a]", "50万元", "1,200", "２０２４年７月５日", "149900197604120590", "\"../../etc/passwd\"",
        "<script>alert(1)</script>", "javascript:alert(1)", "\"\\u0000\"",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]",
    ];

    private static readonly string[] MarkdownBombs =
    [
        ">", "- ", "* ", "1. ", "[", "](", "**", "_", "`", "<div>", "</div>", "<!--", "|", "# ", "![x](", "\\",
        "<script>", "<a href=javascript:x>", "{onclick=x}", "<svg onload=x>", "&#106;avascript:", "www.",
    ];

    /// <summary>One to four damages, chosen at random, to a file's bytes.</summary>
    public byte[] Mutate(byte[] original, bool markdown)
    {
        var bytes = original;
        var times = random.Next(1, 5);
        for (var i = 0; i < times; i++)
        {
            bytes = random.Next(12) switch
            {
                0 => FlipBytes(bytes),
                1 => bytes[..random.Next(bytes.Length + 1)],
                2 => Lines(bytes, lines => lines.Insert(random.Next(lines.Count + 1), random.Pick(lines))),
                3 => Lines(bytes, lines => lines.RemoveAt(random.Next(lines.Count))),
                4 => Lines(bytes, Swap),
                5 => Lines(bytes, Reindent),
                6 => Insert(bytes, random.Pick(Unicode)),
                7 => Lines(bytes, ReplaceValue),
                8 when markdown => Insert(bytes, Bomb()),
                8 => Insert(bytes, "\na: &a [x, x]\nb: [*a, *a]\n"),
                9 => Insert(bytes, Nesting()),
                10 => Encoding.UTF8.GetBytes(RandomYaml()),
                _ => Noise(),
            };
        }

        return bytes;
    }

    /// <summary>Random lines of YAML-ish tokens: keys, indents, dashes, quotes, scalars.</summary>
    public string RandomYaml()
    {
        var sb = new StringBuilder();
        var keys = new[] { "填报单位", "行政处置", "立案", "风险主体名称", "涉及金额", "轮次", "编号", "标题", "x", "<<" };
        for (var i = random.Next(0, 40); i > 0; i--)
        {
            sb.Append(' ', random.Next(0, 4) * 2);
            if (random.Chance(0.3))
            {
                sb.Append("- ");
            }

            sb.Append(random.Pick(keys)).Append(random.Chance(0.9) ? ": " : " ")
                .Append(random.Pick(Scalars)).Append('\n');
        }

        return sb.ToString();
    }

    private byte[] FlipBytes(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = random.Next(1, 4); i > 0 && copy.Length > 0; i--)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private byte[] Lines(byte[] bytes, Action<List<string>> change)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        if (lines.Count > 0)
        {
            change(lines);
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private void Swap(List<string> lines)
    {
        var (a, b) = (random.Next(lines.Count), random.Next(lines.Count));
        (lines[a], lines[b]) = (lines[b], lines[a]);
    }

    private void Reindent(List<string> lines)
    {
        var i = random.Next(lines.Count);
        var indent = random.Chance(0.2) ? "\t" : new string(' ', random.Next(0, 7));
        lines[i] = indent + lines[i].TrimStart(' ');
    }

    private void ReplaceValue(List<string> lines)
    {
        var i = random.Next(lines.Count);
        var colon = lines[i].IndexOf(": ", StringComparison.Ordinal);
        lines[i] = colon < 0 ? lines[i] + random.Pick(Scalars) : lines[i][..(colon + 2)] + random.Pick(Scalars);
    }

    private byte[] Insert(byte[] bytes, string text)
    {
        var at = random.Next(bytes.Length + 1);
        return [.. bytes[..at], .. Encoding.UTF8.GetBytes(text), .. bytes[at..]];
    }

    private string Bomb()
    {
        if (random.Chance(0.7))
        {
            return string.Concat(Enumerable.Repeat(random.Pick(MarkdownBombs), random.Next(1, 3000)));
        }

        // Lists or quotes nested hundreds deep, one level per line.
        var (lead, step) = random.Chance(0.5) ? ("- ", "  ") : ("> ", "> ");
        var sb = new StringBuilder("\n");
        for (var depth = random.Next(1, 800); depth > 0; depth--)
        {
            sb.Append(lead).Append("x\n");
            lead = step + lead;
        }

        return sb.ToString();
    }

    private string Nesting() => string.Concat(Enumerable.Repeat(random.Chance(0.5) ? "[" : "{", random.Next(1, 5000)));

    private byte[] Noise()
    {
        var noise = new byte[random.Next(0, 2000)];
        for (var i = 0; i < noise.Length; i++)
        {
            noise[i] = (byte)random.Next(256);
        }

        return noise;
    }
}
