namespace Nanwu.Rendering.Output;

/// <summary>How a staged site replaced the published one.</summary>
public enum SwapMethod
{
    /// <summary>Nothing was published before: one rename.</summary>
    Renamed,

    /// <summary>Old and new exchanged in one step (Linux renameat2 RENAME_EXCHANGE).</summary>
    Exchanged,

    /// <summary>Old moved aside, then new moved in: the site is briefly missing in between.</summary>
    TwoStep,
}
