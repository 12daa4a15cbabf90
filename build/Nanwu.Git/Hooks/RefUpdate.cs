namespace Nanwu.Git.Hooks;

/// <summary>One line of a pre-receive hook's input: the old and new object of a ref.</summary>
public sealed record RefUpdate(string Old, string New, string Ref)
{
    public bool Creates => Old == RawChange.ZeroObject;

    public bool Deletes => New == RawChange.ZeroObject;

    public static IReadOnlyList<RefUpdate> Parse(string input) =>
        input.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' '))
            .Where(f => f.Length == 3)
            .Select(f => new RefUpdate(f[0], f[1], f[2]))
            .ToList();
}
