using System.Globalization;

namespace Nanwu.Hostile.Tests.Fuzz;

/// <summary>
/// Random and damaged YAML and Markdown through the whole pipeline end in output and
/// diagnostics, never in an exception or a hang. The normal suite runs a few seeded rounds;
/// <c>dotnet cake build/build.cake --target=Fuzz</c> runs many (NANWU_FUZZ_ROUNDS, NANWU_FUZZ_SEED;
/// NANWU_FUZZ_MESSAGES names a file to collect every diagnostic line in, for reading them over).
/// </summary>
public sealed class FuzzTests
{
    [Fact]
    public void Damaged_files_end_in_output_or_diagnostics_never_in_a_crash()
    {
        var rounds = Setting("NANWU_FUZZ_ROUNDS", 30);
        var seed = Setting("NANWU_FUZZ_SEED", 20240701);
        using var fuzzBase = new FuzzBase();
        var run = new FuzzRun(fuzzBase, seed);

        for (var round = 0; round < rounds; round++)
        {
            run.Round(round);
        }
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture,
            out var value) ? value : fallback;
}
