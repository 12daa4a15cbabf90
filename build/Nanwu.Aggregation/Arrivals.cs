namespace Nanwu.Aggregation;

/// <summary>
/// When each file of data/ first reached main, as Git records it (the committer date of the
/// first commit on main's first-parent line that added it, in China Standard Time). Read by
/// Nanwu.Git; aggregation only looks dates up, so it needs no Git of its own.
/// </summary>
public sealed record Arrivals(IReadOnlyDictionary<string, DateOnly> FirstOnMain)
{
    public static Arrivals None { get; } = new(new Dictionary<string, DateOnly>());

    public DateOnly? Of(string path) => FirstOnMain.TryGetValue(path, out var date) ? date : null;
}
