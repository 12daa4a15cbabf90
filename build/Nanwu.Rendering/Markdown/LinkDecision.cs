namespace Nanwu.Rendering.Markdown;

/// <summary>
/// What to do with one relative link: keep it, point it at <see cref="Address"/> (a notice
/// written as its .md becomes its page), or remove it keeping its words (a file that is not
/// public or does not exist); <see cref="Exists"/> tells which of the two.
/// </summary>
public sealed record LinkDecision(LinkOutcome Outcome, string Address = "", bool Exists = false)
{
    public static LinkDecision Keep { get; } = new(LinkOutcome.Keep);

    public static LinkDecision To(string address) => new(LinkOutcome.Rewrite, address);

    public static LinkDecision Remove(bool exists) => new(LinkOutcome.Remove, Exists: exists);
}
