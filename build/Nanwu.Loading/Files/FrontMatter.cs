namespace Nanwu.Loading.Files;

/// <summary>
/// Splits a Markdown file into its front matter (kept with the opening <c>---</c>, so YAML
/// line numbers are the file's own) and its body.
/// </summary>
public static class FrontMatter
{
    public static (string Yaml, string Body, int BodyLine)? Split(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length < 2 || lines[0].TrimEnd('\r') != "---")
        {
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd('\r') == "---")
            {
                var yaml = string.Join('\n', lines[..i]) + "\n";
                var body = string.Join('\n', lines[(i + 1)..]);
                return (yaml, body, i + 2);
            }
        }

        return null;
    }
}
