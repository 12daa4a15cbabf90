namespace Nanwu.Aggregation;

/// <summary>The round, commit and tag one table was built from; <see cref="Text"/> is printed under it.</summary>
public sealed record RoundProvenance(string RoundId, string? Commit, bool Dirty, RoundTag? Tag)
{
    public string ShortCommit => Commit is null ? "" : Commit.Length > 12 ? Commit[..12] : Commit;

    /// <summary>数据来源：轮次 2025-06，提交 1a2b3c4d5e6f，标签 round/2025-06（截止时为提交 …）.</summary>
    public string Text
    {
        get
        {
            var commit = Commit is null ? "不在 Git 仓库中" : ShortCommit + (Dirty ? "（另有未提交的改动）" : "");
            if (Tag is null)
            {
                return $"数据来源：轮次 {RoundId}（尚未截止，无标签），提交 {commit}";
            }

            var tag = Tag.Commit == Commit && !Dirty ? Tag.Name : $"{Tag.Name}（截止时为提交 {Tag.ShortCommit}）";
            return $"数据来源：轮次 {RoundId}，提交 {commit}，标签 {tag}";
        }
    }
}
