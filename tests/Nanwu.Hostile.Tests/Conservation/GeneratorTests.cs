using Nanwu.Checking;
using Nanwu.Loading;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.Synthetic;
using Nanwu.TestSupport;

namespace Nanwu.Hostile.Tests.Conservation;

/// <summary>The synthetic data generator: deterministic, valid at its default size, usable from the command line.</summary>
public sealed class GeneratorTests
{
    [Fact]
    public void The_same_options_give_the_same_bytes_and_another_seed_other_ones()
    {
        var options = new SyntheticOptions { Villages = 4, InvalidFiles = 8 };
        var (a, _) = TempRepo.Synthetic(options);
        var (b, _) = TempRepo.Synthetic(options);
        var (c, _) = TempRepo.Synthetic(options with { Seed = 2 });
        using var _a = a;
        using var _b = b;
        using var _c = c;

        var first = Output.OutputSnapshot.Of(a.PathOf("data"));
        Output.OutputSnapshot.AssertSame(first, Output.OutputSnapshot.Of(b.PathOf("data")));
        Assert.False(Output.OutputSnapshot.Same(first, Output.OutputSnapshot.Of(c.PathOf("data"))));
    }

    [Fact]
    public void A_township_of_the_default_size_passes_every_check()
    {
        var (repo, generated) = TempRepo.Synthetic(new SyntheticOptions());
        using var _ = repo;

        var bag = new DiagnosticBag();
        var data = new DataLoader(repo.Root, ReadLimits.Default).Load(bag);
        Checker.Check(new CheckContext(data, generated.AsOf, bag));

        Assert.Empty(bag.Sorted());
        Assert.Equal(20, data.Villages.Count);
        Assert.Equal(21 * 5, data.Clues.Count);
        Assert.Equal(2, data.CrossProvince.Count);
        Assert.Equal(21 * 3, data.WorkStats.Count);
        Assert.Equal(21 * 6, data.Monthly.Count);
    }

    [Fact]
    public void Nanwu_generate_writes_a_repository_and_never_overwrites_data()
    {
        using var repo = TempRepo.Empty();
        string[] arguments = ["generate", "--repo", Repo.Root, "--out", repo.Root, "--villages", "2", "--invalid", "3"];

        var first = Nanwu.Cli.Commands.Root().Parse(arguments).Invoke();
        var before = Output.OutputSnapshot.Of(repo.PathOf("data"));
        var second = Nanwu.Cli.Commands.Root().Parse(arguments).Invoke();

        Assert.Equal(0, first);
        Assert.Equal(2, Directory.GetDirectories(repo.PathOf("data/villages")).Length);
        Assert.True(File.Exists(repo.PathOf("schemas/clue.schema.json")));
        Assert.True(File.Exists(repo.PathOf("site-templates/public/layout.scriban")));
        Assert.Equal(2, second);
        Output.OutputSnapshot.AssertSame(before, Output.OutputSnapshot.Of(repo.PathOf("data")));
    }
}
