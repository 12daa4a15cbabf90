using Nanwu.Cli;
using Nanwu.Synthetic;

namespace Nanwu.Hostile.Tests.Conservation;

/// <summary>
/// Over generated data sets of different shapes: every input file is in the output or in a
/// diagnostic (and the diagnostics are exactly those the planted invalid files call for), and
/// every township total equals the sum of what its villages and the township itself wrote.
/// </summary>
public sealed class ConservationTests
{
    /// <summary>Shapes drawn from a fixed seed: sizes from a single village up, invalid files or none.</summary>
    public static IEnumerable<object[]> Shapes()
    {
        var random = new SeededRandom(20240701);
        for (var seed = 1; seed <= 6; seed++)
        {
            var villages = random.Next(1, 9);
            var clues = random.Next(0, 7);
            var (rounds, months) = (random.Next(1, 5), random.Next(0, 25));
            yield return [seed, villages, rounds, months, clues, clues == 0 ? 0 : random.Next(0, 12)];
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_file_is_in_the_output_or_a_diagnostic_and_township_totals_add_up(
        int seed, int villages, int rounds, int months, int clues, int invalid)
    {
        var options = new SyntheticOptions
        {
            Seed = seed, Villages = villages, Rounds = rounds, MonthsPerVillage = months,
            CluesPerVillage = clues, InvalidFiles = invalid, CrossProvinceEvery = 2, Notices = 2,
        };
        var (repo, generated) = TempRepo.Synthetic(options);
        using var _ = repo;

        var result = new Pipeline(repo.Root, generated.AsOf, new Log(TextWriter.Null)).Build(repo.Out, null);

        Assert.Equal(generated.ExpectedDiagnostics,
            result.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(generated.Files.Select(f => f.Path).Order(StringComparer.Ordinal),
            Directory.GetFiles(repo.PathOf("data"), "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(repo.Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        foreach (var file in generated.Files)
        {
            if (file.Valid)
            {
                Shown.AssertInOutput(repo.Out, file);
            }
            else
            {
                Assert.Contains(result.Diagnostics, d => d.IsError && d.Span.Path == file.Path);
            }
        }

        foreach (var round in result.Summary!.Rounds)
        {
            var written = generated.RoundTotals[round.Round.Id];
            Assert.Equal(written.Keys.Order(StringComparer.Ordinal), round.Total.Keys.Order(StringComparer.Ordinal));
            foreach (var (key, total) in round.Total)
            {
                Assert.Equal(written[key], total);
                Assert.Equal(round.Rows.Where(r => r.Report is not null).Sum(r => r.Report![key]), total);
            }
        }
    }
}
