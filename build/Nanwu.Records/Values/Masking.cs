namespace Nanwu.Records.Values;

/// <summary>How ID numbers and persons' names are shown in HTML, internal pages included.</summary>
public static class Masking
{
    /// <summary>张三 → 张*, 贾文斌 → 贾*斌, 欧阳明月 → 欧**月.</summary>
    public static string PersonName(string name)
    {
        var chars = System.Globalization.StringInfo.GetTextElementEnumerator(name.Trim());
        var elements = new List<string>();
        while (chars.MoveNext())
        {
            elements.Add((string)chars.Current);
        }

        return elements.Count switch
        {
            0 => "",
            1 => "*",
            2 => elements[0] + "*",
            _ => elements[0] + new string('*', elements.Count - 2) + elements[^1],
        };
    }

    /// <summary>149900198506120031 → 1499**********0031: region and last four kept.</summary>
    public static string IdNumber(string code) =>
        code.Length <= 8 ? new string('*', code.Length) : code[..4] + new string('*', code.Length - 8) + code[^4..];
}
