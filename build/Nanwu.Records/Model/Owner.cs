namespace Nanwu.Records.Model;

/// <summary>Who keeps a record: a village (by its folder id) or the township itself.</summary>
public sealed record Owner(string Id, string Name, bool IsTownship)
{
    /// <summary>The id used for the township's own records (data/township/).</summary>
    public const string TownshipId = "township";

    /// <summary>The folder of this owner's records, relative to data/.</summary>
    public string Folder => IsTownship ? "township" : $"villages/{Id}";
}
