using Nanwu.Aggregation;
using Nanwu.Git.History;
using Nanwu.Git.Rounds;
using Nanwu.Git.Trees;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Git;

/// <summary>
/// What a build learns from Git when the repository root is a Git work tree: when each record
/// reached main, the commit and round tags the data came from, and the closed rounds as tagged.
/// </summary>
public sealed class GitContext
{
    private readonly GitRepo _repo;
    private readonly string _head;
    private readonly ISubmodules _submodules;

    private GitContext(GitRepo repo, string head, string root)
    {
        _repo = repo;
        _head = head;
        _submodules = new WorkTreeSubmodules(root);
    }

    /// <summary>The context, or null when the folder is not the top of a Git work tree with a commit.</summary>
    public static GitContext? Open(string repoRoot)
    {
        if (GitRepo.Open(repoRoot) is not { } repo || repo.Resolve("HEAD") is not { } head)
        {
            return null;
        }

        var prefix = repo.Git.Run(["rev-parse", "--show-prefix"]);
        return prefix.Ok && prefix.Output.Trim().Length == 0 ? new GitContext(repo, head, repoRoot) : null;
    }

    public Arrivals Arrivals() => ArrivalReader.Read(_repo, _head, _submodules);

    public Provenance Provenance() => new(_head, _repo.IsDirty(TreeExport.DataPaths), _repo.RoundTags());

    /// <summary>Aggregates with Git's arrivals, provenance and closed rounds; disagreements go to the bag.</summary>
    public CampaignSummary Summarise(DataSet data, DateOnly asOf, DiagnosticBag bag)
    {
        var summary = Aggregator.Summarise(data, asOf, Arrivals()) with
        {
            Provenance = Provenance(),
            ClosedRounds = data.Campaign is { } campaign
                ? HistoryBuilder.Build(_repo, _head, campaign, _submodules)
                : [],
        };
        bag.AddRange(ArrivalWarnings.Of(summary));
        return summary;
    }

    /// <summary>Only the arrival warnings, for a check that does not aggregate.</summary>
    public IReadOnlyList<Diagnostic> ArrivalDisagreements(DataSet data, DateOnly asOf) =>
        ArrivalWarnings.Of(Aggregator.Summarise(data, asOf, Arrivals()));
}
