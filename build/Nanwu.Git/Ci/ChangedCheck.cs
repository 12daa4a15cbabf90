using Nanwu.Aggregation;
using Nanwu.Checking;
using Nanwu.Git.Changes;
using Nanwu.Git.Ownership;
using Nanwu.Git.Rounds;
using Nanwu.Git.Trees;
using Nanwu.Loading;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Git.Ci;

/// <summary>
/// <c>nanwu check --changed &lt;base&gt;</c>: checks the work tree, keeps the diagnostics of the
/// files the change touched and of everything depending on them, adds ownership (lists from
/// the base, so a change cannot grant itself rights) and closed-round corrections, and
/// compares each round's values with the base.
/// </summary>
public static class ChangedCheck
{
    public static ChangedCheckResult? Run(
        string repoRoot, string baseRef, DateOnly asOf, string? account, out string? problem)
    {
        problem = null;
        if (GitRepo.Open(repoRoot) is not { } repo || repo.Resolve("HEAD") is not { } head)
        {
            problem = $"“{repoRoot}”不是 Git 仓库或还没有提交；--changed 需要 Git 历史";
            return null;
        }

        if (repo.Resolve(baseRef) is not { } baseTip || repo.MergeBase(baseTip, head) is not { } baseCommit)
        {
            problem = $"找不到比较基准“{baseRef}”；CI 中请检出完整历史（fetch-depth: 0）";
            return null;
        }

        var submodules = new WorkTreeSubmodules(repoRoot);
        var bag = new DiagnosticBag();
        var data = new DataLoader(repoRoot, ReadLimits.Default).Load(bag);
        Checker.Check(new CheckContext(data, asOf, bag));
        var arrivals = ArrivalReader.Read(repo, "HEAD", submodules);
        var summary = Aggregator.Summarise(data, asOf, arrivals);
        bag.AddRange(ArrivalWarnings.Of(summary));

        var baseData = TaggedData.Load(repo, baseCommit, submodules, new DiagnosticBag());
        var files = ChangeReader.Between(repo, baseCommit, null, submodules);
        var affected = Impact.Of(files, data);
        var found = bag.Sorted().Where(d => affected.Contains(d.Span.Path)).ToList();
        if (account is not null)
        {
            found.AddRange(OwnershipRule.Check(account, new Accounts(baseData), files));
        }

        var commits = CommitWalker.Walk(repo, baseCommit, head, submodules);
        found.AddRange(ClosedRoundGuard.Check(commits, data.Campaign, repo.RoundTags()));

        var totals = TotalsDiff.Between(Aggregator.Summarise(baseData, asOf), summary);
        var names = affected.Owners.Select(id => data.Owners.FirstOrDefault(o => o.Id == id)?.Name ?? id)
            .Order(StringComparer.Ordinal).ToList();
        var sorted = new DiagnosticBag();
        sorted.AddRange(found);
        var shownHead = repo.IsDirty(TreeExport.DataPaths) ? null : head;
        return new ChangedCheckResult(data.Township?.Name ?? "", baseCommit, shownHead, account, files, affected, names,
            totals, sorted.Sorted());
    }
}
