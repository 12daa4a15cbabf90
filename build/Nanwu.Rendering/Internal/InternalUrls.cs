using Nanwu.Records.Model;

namespace Nanwu.Rendering.Internal;

/// <summary>Where a page showing one owner's 附件2 of a round is.</summary>
public delegate string ReportUrl(string round, Owner owner);

/// <summary>Where each internal page lives, relative to the site root.</summary>
public static class InternalUrls
{
    public const string Index = "index.html";
    public const string Clues = "clues.html";
    public const string CrossProvince = "cross-province.html";
    public const string Villages = "villages/index.html";
    public const string LeadingGroup = "leading-group.html";
    public const string Checks = "checks.html";

    /// <summary>An owner's page; the township's own is <c>villages/township.html</c>.</summary>
    public static string Owner(Owner owner) => $"villages/{owner.Id}.html";

    public const string ClosedRounds = "rounds/closed.html";

    public static string Round(string round) => $"rounds/{round}/index.html";

    /// <summary>A closed round as its tag has it, with the changes since the round before.</summary>
    public static string ClosedRound(string round) => $"rounds/{round}/closed.html";

    public static string Report(string round, Owner owner) => $"rounds/{round}/{owner.Id}.html";
}
