using System.Globalization;
using System.Text.Json.Nodes;

namespace Nanwu.Loading.Yaml;

/// <summary>
/// Types plain YAML scalars the way the YAML 1.2 core schema does, and no further:
/// null, true/false, integers and decimals. Everything else stays a string, so
/// 是/否, yes/no, dates and codes are never turned into something else behind the clerk's back.
/// Numbers become <see cref="decimal"/>, so 18 digits keep every digit.
/// </summary>
public static class ScalarTyping
{
    public static JsonNode? Type(string text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }

        return IsNumber(text)
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var number)
            ? JsonValue.Create(number)
            : JsonValue.Create(text);
    }

    // Digits with an optional sign and one decimal point. A leading zero before another digit
    // (0358, 007) keeps the text a string: that is a code, not a number.
    private static bool IsNumber(string text)
    {
        var s = text.AsSpan();
        if (s.Length > 0 && (s[0] == '-' || s[0] == '+'))
        {
            s = s[1..];
        }

        if (s.Length == 0 || s.Length > 40)
        {
            return false;
        }

        var dots = 0;
        var digits = 0;
        foreach (var c in s)
        {
            if (c == '.')
            {
                dots++;
            }
            else if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else
            {
                return false;
            }
        }

        // decimal holds 28 digits exactly; with more it would round, so the text stays text
        // and no digit of a long code or amount is ever changed.
        var leadingZero = s.Length > 1 && s[0] == '0' && s[1] != '.';
        return digits is > 0 and <= 28 && dots <= 1 && !leadingZero && s[0] != '.' && s[^1] != '.';
    }
}
