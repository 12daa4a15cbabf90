namespace Nanwu.Rendering.Internal.Models;

/// <summary>A line of the closed rounds' list.</summary>
public sealed record ClosedRoundEntry(
    string Round, string Url, string Tag, string Commit, string TaggedOn, int Corrections);
