using Nanwu.Aggregation.History;
using Nanwu.Git.History;

namespace Nanwu.Git.Tests.Support;

/// <summary>One <see cref="TwoRounds"/> repository, and its history, for a test class that only reads it.</summary>
public sealed class TwoRoundsFixture : IDisposable
{
    private readonly Lazy<IReadOnlyList<ClosedRound>> _history;

    public TwoRoundsFixture()
    {
        Repo = TwoRounds.Create();
        _history = new(() => HistoryBuilder.Build(Repo.Git, Repo.Git.Resolve("HEAD")!, Repo.Load().Campaign!, null));
    }

    public TownshipRepo Repo { get; }

    public IReadOnlyList<ClosedRound> History => _history.Value;

    public void Dispose() => Repo.Dispose();
}
