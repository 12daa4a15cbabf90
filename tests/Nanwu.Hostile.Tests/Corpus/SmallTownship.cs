using Nanwu.Synthetic;

namespace Nanwu.Hostile.Tests.Corpus;

/// <summary>
/// A generated township of one village (西庄村, folder xizhuang) with no diagnostics at all, so
/// whatever a test adds shows alone. Built as of 2024-12-15, the due date of its one round.
/// </summary>
public static class SmallTownship
{
    public static readonly DateOnly AsOf = new(2024, 12, 15);

    public const string Clues = "data/villages/xizhuang/clues/";

    public static TempRepo Create()
    {
        var (repo, result) = TempRepo.Synthetic(new SyntheticOptions
        {
            Villages = 1, Rounds = 1, MonthsPerVillage = 2, CluesPerVillage = 2, Notices = 1, CrossProvinceEvery = 0,
        });
        Assert.Equal(AsOf, result.AsOf);
        Assert.True(File.Exists(repo.PathOf("data/villages/xizhuang/village.yaml")));
        return repo;
    }

    /// <summary>A valid clue of the village, as text, to build hostile variants from.</summary>
    public static string AClue(TempRepo repo) =>
        File.ReadAllText(Directory.GetFiles(repo.PathOf(Clues)).Order(StringComparer.Ordinal).First());
}
