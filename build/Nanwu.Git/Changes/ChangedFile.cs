namespace Nanwu.Git.Changes;

/// <summary>A file a change touched, with its path in the township layout (submodules expanded).</summary>
public sealed record ChangedFile(string Path, char Status)
{
    public bool Deleted => Status == 'D';

    /// <summary>新增 / 删除 / 修改, for summaries.</summary>
    public string ChineseStatus => Status switch
    {
        'A' => "新增",
        'D' => "删除",
        _ => "修改",
    };
}
