namespace Nanwu.Git.Tests.Support;

/// <summary>Writing the usual records of the test villages into a <see cref="TownshipRepo"/>.</summary>
public static class Villages
{
    public static string NameOf(string id) => TownshipRepo.Villages.Single(v => v.Id == id).Name;

    public static void WorkStats(this TownshipRepo repo, string id, string round, string reportedOn,
        params (string Key, decimal Value)[] values) =>
        repo.Write($"data/villages/{id}/work-stats/{round}.yaml",
            RecordText.WorkStats(id, NameOf(id), reportedOn, values));

    public static void Monthly(this TownshipRepo repo, string id, string month, string reportedOn,
        params (string Key, decimal Value)[] values) =>
        repo.Write($"data/villages/{id}/monthly/{month}.yaml", RecordText.Monthly(id, NameOf(id), reportedOn, values));

    public static void Clue(this TownshipRepo repo, string id, string clueId, string subject, string foundOn,
        string? closedOn = null) =>
        repo.Write($"data/villages/{id}/clues/{clueId}.yaml", RecordText.Clue(subject, foundOn, closedOn));
}
