namespace Nanwu.Synthetic;

/// <summary>
/// Who keeps records in a generated data set: a village (index from 0) or the township itself
/// (index -1), its folder under data/, its name as written in 填报单位, and its clerk.
/// </summary>
internal sealed record GeneratedOwner(int Index, string Folder, string Name, string Clerk, string Phone)
{
    public string Label => Folder.Replace("villages/", "", StringComparison.Ordinal);
}
