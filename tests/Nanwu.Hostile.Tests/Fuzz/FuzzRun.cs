using System.Text;
using Nanwu.Records.Model;
using Nanwu.Synthetic;

namespace Nanwu.Hostile.Tests.Fuzz;

/// <summary>
/// One fuzz round: a few files of the base damaged, added or removed, the whole pipeline run
/// under a guard against hangs, the files put back. A failure leaves its inputs under
/// /tmp/nanwu-fuzz-failures/ so it can be replayed.
/// </summary>
public sealed class FuzzRun(FuzzBase fuzzBase, int seed)
{
    // Only a guard against hangs; a normal round takes well under a second.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private static readonly string[] OddPlaces =
    [
        "data/villages/dongzhuang/clues/2024 999.yaml", "data/villages/dongzhuang/x/y/z.yaml", "data/未知.yaml",
        "data/villages/新村/village.yaml", "data/notices/index.md", "data/villages/index/village.yaml",
        "data/typical-cases/index.md", "data/pages/search.md", "data/villages/dongzhuang/clues/.hidden.yaml",
        "data/villages/dongzhuang/work-stats/2025-12.yaml", "data/villages/dongzhuang/monthly/9999-12.yaml",
        "data/villages/dongzhuang/monthly/0001-01.yaml", "data/township/work-stats/2024-12.yaml",
    ];

    public void Round(int round)
    {
        var random = SeededRandom.For(seed, round);
        var mutator = new Mutator(random);
        var changed = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            Damage(random, mutator, changed);
        }

        try
        {
            var run = Task.Run(() => WholePipeline.Run(fuzzBase.Root, new DateOnly(2025, 7, 20)));
            if (!run.Wait(HangGuard))
            {
                Fail(round, changed, $"no result after {HangGuard.TotalSeconds} s: a hang");
            }

            AssertAccountedFor(run.Result);
            if (Environment.GetEnvironmentVariable("NANWU_FUZZ_MESSAGES") is { Length: > 0 } messages)
            {
                // For reviewing what clerks would read: every diagnostic line the round produced.
                File.AppendAllLines(messages, run.Result.Lines);
            }
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            Fail(round, changed, e.ToString());
        }
        finally
        {
            Restore(changed);
        }
    }

    private void Damage(SeededRandom random, Mutator mutator, Dictionary<string, byte[]?> changed)
    {
        var action = random.Next(20);
        var path = action switch
        {
            18 => FuzzBase.Image.Path,
            19 => random.Pick(OddPlaces),
            _ => random.Pick(fuzzBase.Files),
        };
        var full = Path.Combine(fuzzBase.Root, path);
        if (!changed.ContainsKey(path))
        {
            changed[path] = File.Exists(full) ? File.ReadAllBytes(full) : null;
        }

        if (action == 17 && File.Exists(full))
        {
            File.Delete(full);
            return;
        }

        if (action == 18)
        {
            var image = FuzzBase.Image.Bytes;
            File.WriteAllBytes(full, random.Chance(0.3) ? image : mutator.Mutate(image, false));
            return;
        }

        // A new file starts as a copy of another (which an earlier damage may have deleted).
        var from = File.Exists(full) ? full : Path.Combine(fuzzBase.Root, random.Pick(fuzzBase.Files));
        var source = File.Exists(from) ? File.ReadAllBytes(from) : Encoding.UTF8.GetBytes(mutator.RandomYaml());
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, mutator.Mutate(source, path.EndsWith(".md", StringComparison.Ordinal)));
    }

    // Every file of data/ is a record, an asset or named in an error; and both sites have a home page.
    private void AssertAccountedFor(WholePipeline.Outcome outcome)
    {
        var errors = outcome.Diagnostics.Where(d => d.IsError).Select(d => d.Span.Path)
            .ToHashSet(StringComparer.Ordinal);
        var loaded = outcome.Data.Files.Where(f => f.Status != FileStatus.Rejected).Select(f => f.Path).ToHashSet();
        foreach (var file in Directory.GetFiles(Path.Combine(fuzzBase.Root, "data"), "*", SearchOption.AllDirectories))
        {
            var path = Path.GetRelativePath(fuzzBase.Root, file).Replace('\\', '/');
            Assert.True(loaded.Contains(path) || errors.Contains(path), $"{path}: neither loaded nor in an error");
        }

        Assert.True(outcome.Public.Contains("index.html") && outcome.Internal.Contains("index.html"));
    }

    private void Restore(Dictionary<string, byte[]?> changed)
    {
        foreach (var (path, bytes) in changed)
        {
            var full = Path.Combine(fuzzBase.Root, path);
            if (bytes is null)
            {
                File.Delete(full);
            }
            else
            {
                File.WriteAllBytes(full, bytes);
            }
        }
    }

    private void Fail(int round, Dictionary<string, byte[]?> changed, string why)
    {
        var folder = Path.Combine(Path.GetTempPath(), "nanwu-fuzz-failures", $"seed{seed}-round{round}");
        foreach (var path in changed.Keys)
        {
            var from = Path.Combine(fuzzBase.Root, path);
            var to = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            if (File.Exists(from))
            {
                File.Copy(from, to, overwrite: true);
            }
        }

        File.WriteAllText(Path.Combine(folder, "why.txt"), why);
        Assert.Fail($"seed {seed}, round {round}: {why}\n" +
            $"changed files (copied to {folder}): {string.Join(", ", changed.Keys)}");
    }
}
