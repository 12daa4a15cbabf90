namespace Nanwu.Synthetic;

/// <summary>
/// Who keeps records in a generated data set: a village (index from 0, counted over the whole
/// region) or a township itself (index -1, -2, … one per township), its folder under data/, its
/// name as written in 填报单位, its clerk, and the account name that marks its files.
/// </summary>
internal sealed record GeneratedOwner(int Index, string Folder, string Name, string Clerk, string Phone)
{
    /// <summary>The owner's folder name (a village's id, or "township"), used as its account and in remarks.</summary>
    public string Label => Folder[(Folder.LastIndexOf('/') + 1)..];
}
