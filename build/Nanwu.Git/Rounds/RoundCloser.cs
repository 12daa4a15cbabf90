using Nanwu.Aggregation;
using Nanwu.Checking;
using Nanwu.Git.Trees;
using Nanwu.Records.Diagnostics;

namespace Nanwu.Git.Rounds;

/// <summary>
/// Closes a round: checks the committed data (never the work tree), refuses while there are
/// errors or villages without the round's 附件2 unless forced with a reason, then makes the
/// annotated tag round/&lt;id&gt; whose message is the round's summary.
/// </summary>
public static class RoundCloser
{
    public static CloseOutcome Close(
        GitRepo repo, string roundId, string revision, DateOnly? asOf, string? forceReason, ISubmodules? submodules)
    {
        if (repo.Resolve(revision) is not { } commit)
        {
            return Refused($"找不到提交“{revision}”");
        }

        var tagName = RoundTag.NameOf(roundId);
        if (repo.Resolve("refs/tags/" + tagName) is not null)
        {
            return Refused($"轮次 {roundId} 已经截止（标签 {tagName} 已存在）；更正请提交带“更正: 理由”的提交");
        }

        var date = asOf ?? repo.Commit(commit).CommittedOn;
        var bag = new DiagnosticBag();
        var data = TaggedData.Load(repo, commit, submodules, bag);
        Checker.Check(new CheckContext(data, date, bag));
        var arrivals = ArrivalReader.Read(repo, commit, submodules);
        if (RoundStatusBuilder.Build(data, roundId, date, arrivals) is not { } status)
        {
            return Refused($"rounds.yaml 中没有轮次 {roundId}");
        }

        var refusals = new List<string>();
        if (bag.ErrorCount > 0)
        {
            refusals.Add($"数据中还有 {bag.ErrorCount} 个错误（运行 nanwu check 查看）");
        }

        if (status.Missing.Count > 0)
        {
            var names = string.Join("、", status.Missing.Select(o => o.Name));
            refusals.Add($"还有 {status.Missing.Count} 个村未报送本轮工作情况统计表：{names}");
        }

        var summary = RoundSummaryText.Format(status, commit, bag, refusals.Count > 0 ? forceReason : null);
        if (refusals.Count > 0 && string.IsNullOrWhiteSpace(forceReason))
        {
            return new CloseOutcome(null, refusals, summary);
        }

        // Note: the tagger date is git's, taken from the clock of the office's machine when tagging.
        var made = repo.Git.Run(["tag", "-a", "-F", "-", tagName, commit], summary);
        if (!made.Ok)
        {
            return Refused($"建立标签 {tagName} 失败：{made.Errors.Trim()}");
        }

        return new CloseOutcome(repo.RoundTags().Single(t => t.Name == tagName), [], summary);
    }

    private static CloseOutcome Refused(string why) => new(null, [why], "");
}
