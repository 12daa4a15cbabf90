using Nanwu.Cli;
using Nanwu.Hostile.Tests.Corpus;
using Nanwu.Rendering.Output;
using Nanwu.Rendering.Pages;

namespace Nanwu.Hostile.Tests.Output;

/// <summary>
/// A build that fails or is stopped half-way never leaves out/ half-written: a reader sees the
/// previous complete output or the new one, site by site.
/// </summary>
public sealed class SafeOutputTests
{
    [Fact]
    public void A_build_that_fails_half_way_leaves_the_previous_output_intact()
    {
        using var repo = SmallTownship.Create();
        Build(repo);
        var before = OutputSnapshot.Of(repo.Out);

        // New data, and a failure injected into the internal portal's templates: the public site
        // is already rendered and staged when the internal one fails.
        var clue = Directory.GetFiles(repo.PathOf(SmallTownship.Clues)).Order(StringComparer.Ordinal).First();
        File.WriteAllText(clue, File.ReadAllText(clue).Replace("合成线索", "改过的线索"));
        File.WriteAllText(repo.PathOf("site-templates/internal/checks.scriban"), "{{ no_such_function() }}");

        Assert.ThrowsAny<Exception>(() => Build(repo));

        Assert.NotEmpty(before);
        OutputSnapshot.AssertSame(before, OutputSnapshot.Of(repo.Out));
        Assert.False(Directory.Exists(repo.Out + ".staging"));
    }

    [Fact]
    public void Publishing_exchanges_the_old_and_new_site_in_one_step_on_linux()
    {
        using var repo = SmallTownship.Create();
        var output = new StagedOutput(repo.Out);

        var first = Publish(output, "第一版");
        var second = Publish(output, "第二版");

        Assert.Equal(SwapMethod.Renamed, first);
        Assert.Equal(OperatingSystem.IsLinux() ? SwapMethod.Exchanged : SwapMethod.TwoStep, second);
        Assert.Equal("第二版", File.ReadAllText(Path.Combine(repo.Out, "site", "index.html")));
        Assert.Equal("第一版", File.ReadAllText(Path.Combine(output.ReplacedFolder("site"), "index.html")));
        Assert.False(Directory.Exists(repo.Out + ".staging"));
    }

    [Fact]
    public async Task A_reader_never_finds_the_site_missing_or_half_written_while_it_is_published_again_and_again()
    {
        using var repo = SmallTownship.Create();
        var output = new StagedOutput(repo.Out);
        Publish(output, "版本0");
        var index = Path.Combine(repo.Out, "site", "index.html");
        var seen = new List<string>();
        var failures = new List<string>();
        var published = 0;
        var doneUpTo = -1;
        using var done = new CancellationTokenSource();

        var reader = Task.Run(() =>
        {
            while (!done.IsCancellationRequested)
            {
                var startedAfter = Volatile.Read(ref published);
                try
                {
                    seen.Add(File.ReadAllText(index));
                }
                catch (IOException e)
                {
                    failures.Add(e.Message);
                }

                Volatile.Write(ref doneUpTo, startedAfter);
            }
        });
        for (var version = 1; version <= 200; version++)
        {
            // As in life, the next build begins (and clears the site replaced before) only after
            // every read begun before this publication has ended; reads during it go on freely.
            Publish(output, $"版本{version}");
            Volatile.Write(ref published, version);
            Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref doneUpTo) >= version, TimeSpan.FromMinutes(1)));
        }

        await done.CancelAsync();
        await reader;

        Assert.Empty(failures);
        Assert.NotEmpty(seen);
        Assert.All(seen, s => Assert.Matches(@"^版本\d+$", s));
    }

    private static SwapMethod Publish(StagedOutput output, string text)
    {
        output.Begin();
        var files = new SiteFiles();
        files.AddText("index.html", text);
        files.AddText("other.html", text);
        output.Stage("site", files);
        var method = output.Publish("site");
        output.Discard();
        return method;
    }

    private static void Build(TempRepo repo) =>
        new Pipeline(repo.Root, SmallTownship.AsOf, new Log(TextWriter.Null)).Build(repo.Out, null);
}
