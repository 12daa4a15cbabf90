namespace Nanwu.Git;

/// <summary>One line of <c>git diff --raw</c>: modes, objects, A/M/D/T and the path.</summary>
public sealed record RawChange(
    string OldMode, string NewMode, string OldObject, string NewObject, char Status, string Path)
{
    public const string ZeroObject = "0000000000000000000000000000000000000000";

    public bool IsGitlink => OldMode == "160000" || NewMode == "160000";

    /// <summary>Parses the NUL-separated output of <c>git diff --raw -z --no-abbrev --no-renames</c>.</summary>
    public static IReadOnlyList<RawChange> Parse(string output)
    {
        var parts = output.Split('\0');
        var changes = new List<RawChange>();
        for (var i = 0; i + 1 < parts.Length; i++)
        {
            var head = parts[i].TrimStart('\n');
            if (head.StartsWith(':'))
            {
                var fields = head[1..].Split(' ');
                changes.Add(new RawChange(fields[0], fields[1], fields[2], fields[3], fields[4][0], parts[++i]));
            }
        }

        return changes;
    }
}
