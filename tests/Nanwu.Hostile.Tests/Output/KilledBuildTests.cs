using System.Diagnostics;
using Nanwu.Synthetic;

namespace Nanwu.Hostile.Tests.Output;

/// <summary>
/// The nanwu command killed while it builds: whenever the kill lands, each site in out/ is the
/// previous complete one or the new complete one, and the next build cleans up after it.
/// </summary>
public sealed class KilledBuildTests
{
    [Fact]
    public void A_build_killed_half_way_leaves_each_site_as_it_was_or_as_it_is_built_next()
    {
        var (repo, generated) = TempRepo.Synthetic(new SyntheticOptions { Villages = 20, Seed = 3 });
        using var _ = repo;
        var asOf = generated.AsOf.ToString("yyyy-MM-dd");
        Assert.Equal(0, Nanwu(repo, asOf, repo.Out).WaitForExitCode());
        var before = OutputSnapshot.Of(repo.Out);

        var notice = repo.PathOf("data/notices/tishi-001.md");
        File.WriteAllText(notice, File.ReadAllText(notice).Replace("第1期", "第1期·修订"));
        var fresh = repo.PathOf("out-fresh");
        Assert.Equal(0, Nanwu(repo, asOf, fresh).WaitForExitCode());
        var after = OutputSnapshot.Of(fresh);

        using (var build = Nanwu(repo, asOf, repo.Out))
        {
            // Bounded wait for the build to be staging its sites, then stop it dead.
            for (var i = 0; i < 12_000 && !build.HasExited && !Directory.Exists(repo.Out + ".staging/public"); i++)
            {
                Thread.Sleep(5);
            }

            build.Kill(entireProcessTree: true);
            build.WaitForExit();
        }

        foreach (var site in new[] { "internal", "public" })
        {
            var now = OutputSnapshot.Of(Path.Combine(repo.Out, site));
            Assert.True(Same(now, before, site) || Same(now, after, site), $"{site}: neither old nor new");
        }

        Assert.Equal(0, Nanwu(repo, asOf, repo.Out).WaitForExitCode());
        OutputSnapshot.AssertSame(after, OutputSnapshot.Of(repo.Out));
        Assert.False(Directory.Exists(repo.Out + ".staging"));
    }

    private static bool Same(SortedDictionary<string, byte[]> site, SortedDictionary<string, byte[]> whole, string name)
    {
        var part = new SortedDictionary<string, byte[]>(
            whole.Where(p => p.Key.StartsWith(name + "/", StringComparison.Ordinal))
                .ToDictionary(p => p.Key[(name.Length + 1)..], p => p.Value), StringComparer.Ordinal);
        return OutputSnapshot.Same(site, part);
    }

    private static Process Nanwu(TempRepo repo, string asOf, string output)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     typeof(Nanwu.Cli.Commands).Assembly.Location, "build", "--repo", repo.Root, "--as-of", asOf,
                     "--out", output, "-q",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
