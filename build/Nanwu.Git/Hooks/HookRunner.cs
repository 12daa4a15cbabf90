using Nanwu.Checking;
using Nanwu.Git.Changes;
using Nanwu.Git.Ownership;
using Nanwu.Git.Rounds;
using Nanwu.Records.Diagnostics;

namespace Nanwu.Git.Hooks;

/// <summary>
/// The pre-receive check. A push to main is refused when the records it brings are invalid, when
/// it changes a closed round's files without a correction reason, when a village account changes
/// files outside its own folder, or when it rewrites or deletes main. A round tag may be set only
/// by the office. Other branches (pull requests in progress) pass.
/// </summary>
public sealed class HookRunner(GitRepo repo, HookConfig config, Pusher? pusher)
{
    private readonly PushLayout _layout = new(repo, config);

    public HookOutcome Run(IReadOnlyList<RefUpdate> updates)
    {
        var outcome = new HookOutcome(pusher);
        foreach (var update in updates)
        {
            if (update.Ref == "refs/heads/" + config.Branch)
            {
                CheckMain(update, outcome);
            }
            else if (update.Ref.StartsWith("refs/tags/" + Aggregation.RoundTag.Prefix, StringComparison.Ordinal))
            {
                CheckRoundTag(update, outcome);
            }
        }

        return outcome;
    }

    private void CheckMain(RefUpdate update, HookOutcome outcome)
    {
        if (update.Deletes || (!update.Creates && !repo.IsAncestor(update.Old, update.New)))
        {
            outcome.Problems.Add(Messages.MainRewritten(config.Branch, update.Deletes ? "删除" : "改写"));
            return;
        }

        var bag = new DiagnosticBag();
        var (data, missing) = _layout.Load(update.New, bag);
        outcome.Township = data.Township?.Name ?? outcome.Township;
        Checker.Check(new CheckContext(data, repo.Commit(update.New).CommittedOn, bag));

        var files = update.Creates
            ? ChangeReader.AllOf(repo, update.New, _layout.Submodules, _layout.Prefix)
            : ChangeReader.Between(repo, update.Old, update.New, _layout.Submodules, _layout.Prefix);
        var affected = Impact.Of(files, data);
        outcome.Add(bag.Sorted().Where(d => affected.Contains(d.Span.Path)));
        outcome.Add(missing
            .Where(m => files.Any(f => f.Path == m.Path || f.Path.StartsWith(m.Path + "/", StringComparison.Ordinal)))
            .Select(m => Messages.SubmoduleUnavailable(m.Path, m.Commit)));

        // Note: with no pusher known (no host variable, no fallback) only the records are checked.
        if (pusher is not null)
        {
            var trusted = update.Creates ? data : _layout.Load(update.Old, new DiagnosticBag()).Data;
            outcome.Add(OwnershipRule.Check(pusher.Account, new Accounts(trusted), files));
        }

        var commits = CommitWalker.Walk(
            repo, update.Creates ? null : update.Old, update.New, _layout.Submodules, _layout.Prefix);
        outcome.Add(ClosedRoundGuard.Check(commits, data.Campaign, _layout.TagRepository.RoundTags()));
    }

    private void CheckRoundTag(RefUpdate update, HookOutcome outcome)
    {
        if (pusher is null || _layout.TagRepository.Resolve(config.Branch) is not { } tip)
        {
            return;
        }

        var data = _layout.Load(tip, new DiagnosticBag()).Data;
        if (!new Accounts(data).IsOffice(pusher.Account))
        {
            outcome.Problems.Add(Messages.RoundTagByVillage(update.Ref["refs/tags/".Length..], pusher.Account));
        }
    }
}
