using Nanwu.Loading.Forms;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Synthetic;

/// <summary>
/// Generates a township's data set of any size: valid records written through the canonical
/// writer (totals consistent with monthly reports and clues, codes with valid check
/// characters, made-up names), plus invalid files on request with their expected diagnostics.
/// Deterministic: the same options give the same bytes.
/// </summary>
public static class SyntheticData
{
    /// <summary>
    /// Writes <c>data/</c> below <paramref name="folder"/>, which must already hold <c>schemas/</c>
    /// (see <see cref="CopyToolFiles"/>) and no data/ yet: an existing data set is never overwritten.
    /// </summary>
    public static SyntheticResult Generate(string folder, SyntheticOptions options)
    {
        var schemas = Path.Combine(folder, "schemas");
        if (!Directory.Exists(schemas))
        {
            throw new ArgumentException($"{schemas} does not exist; copy the schemas first", nameof(folder));
        }

        if (Directory.Exists(Path.Combine(folder, "data")))
        {
            throw new ArgumentException($"{folder} already has data/; generate into a new folder", nameof(folder));
        }

        if (options.InvalidFiles > 0 && (options.Villages < 1 || options.CluesPerVillage < 1))
        {
            throw new ArgumentException("invalid files are made from a village's clue; ask for one", nameof(options));
        }

        var plan = CampaignPlan.For(options.Rounds);
        var files = new RecordFiles(folder);
        var totals = new Dictionary<string, Dictionary<string, decimal>>(StringComparer.Ordinal);
        CampaignFiles.Rounds(files, plan);
        var villages = new List<GeneratedOwner>();
        var publisher = CampaignFiles.TownshipName + "人民政府";
        if (options.Townships == 0)
        {
            var names = new FictionalNames(SeededRandom.For(options.Seed, -1, 0));
            villages.AddRange(WriteTownship(files, plan, options, totals, names, "data/",
                (CampaignFiles.TownshipName, "shiquan"), -1, 0, options.Villages));
        }
        else
        {
            var (region, level) = options.Townships >= 100 ? ("青岭省", "省") : (CampaignFiles.County, "县");
            CampaignFiles.Region(files, region, level);
            publisher = region + "人民政府";
            // Townships are independent (names, seeds, files), so they are written two at a time;
            // the files are listed in path order and the totals are exact sums, so the result is the same.
            var written = new (List<GeneratedOwner> Villages, Dictionary<string, Dictionary<string, decimal>> Totals)[
                options.Townships];
            Parallel.For(0, options.Townships, t =>
            {
                // People and companies are unique within a township, where the rules compare them.
                var names = new FictionalNames(SeededRandom.For(options.Seed, -1 - t, 0));
                var township = FictionalNames.Township(t, options.Seed);
                var first = Share(options.Villages, options.Townships, t);
                var count = Share(options.Villages, options.Townships, t + 1) - first;
                var local = new Dictionary<string, Dictionary<string, decimal>>(StringComparer.Ordinal);
                written[t] = (WriteTownship(files, plan, options, local, names,
                    $"data/townships/{township.Slug}/", township, -1 - t, first, count), local);
            });
            foreach (var (townshipVillages, local) in written)
            {
                villages.AddRange(townshipVillages);
                foreach (var (round, sums) in local)
                {
                    if (!totals.TryGetValue(round, out var sum))
                    {
                        totals[round] = sum = new Dictionary<string, decimal>(StringComparer.Ordinal);
                    }

                    foreach (var (key, value) in sums)
                    {
                        sum[key] = sum.GetValueOrDefault(key) + value;
                    }
                }
            }
        }

        NoticeMaker.Write(files, SeededRandom.For(options.Seed, -2, 0), publisher, plan.AsOf, options.Notices);
        var expected = WriteInvalid(files, options, villages, plan);

        var lines = expected.Select(d => d.ToString()).Order(StringComparer.Ordinal).ToList();
        return new SyntheticResult(plan.AsOf, files.Files, lines,
            totals.ToDictionary(t => t.Key, t => (IReadOnlyDictionary<string, decimal>)t.Value,
                StringComparer.Ordinal));
    }

    /// <summary>Where township <paramref name="t"/>'s villages start when villages are spread evenly.</summary>
    private static int Share(int villages, int townships, int t) => (int)((long)villages * t / townships);

    /// <summary>One township's files below <paramref name="folder"/>; returns its villages.</summary>
    private static List<GeneratedOwner> WriteTownship(RecordFiles files, CampaignPlan plan, SyntheticOptions options,
        Dictionary<string, Dictionary<string, decimal>> totals, FictionalNames names, string folder,
        (string Name, string Slug) township, int townshipIndex, int firstVillage, int villageCount)
    {
        var writer = Writer(files, names, plan, options, totals);
        CampaignFiles.Township(files, folder, township.Name, township.Slug + "-office", names);
        var within = folder["data/".Length..];
        var villages = Enumerable.Range(firstVillage, villageCount)
            .Select(i => (Index: i, Village: FictionalNames.Village(i, options.Seed)))
            .Select(v => new GeneratedOwner(v.Index, within + "villages/" + v.Village.Slug, v.Village.Name,
                names.Person(), names.Phone()))
            .ToList();
        var own = new GeneratedOwner(townshipIndex, within + Owner.TownshipId, township.Name, names.Person(),
            names.Phone());
        foreach (var village in villages)
        {
            CampaignFiles.Village(files, village, names);
            writer.Write(village, names);
        }

        writer.Write(own, names);
        return villages;
    }

    /// <summary>
    /// Copies what a build needs besides data/ from a repository: schemas/ and site-templates/,
    /// and a link to its node_modules/ (the search indexer) when it has one.
    /// </summary>
    public static void CopyToolFiles(string fromRepo, string toFolder)
    {
        var modules = Path.Combine(fromRepo, "node_modules");
        var link = Path.Combine(toFolder, "node_modules");
        if (Directory.Exists(modules) && !Path.Exists(link))
        {
            Directory.CreateDirectory(toFolder);
            Directory.CreateSymbolicLink(link, Path.GetFullPath(modules));
        }

        foreach (var part in new[] { "schemas", "site-templates" })
        {
            var from = Path.Combine(fromRepo, part);
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(toFolder, part, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }
        }
    }

    private static OwnerWriter Writer(RecordFiles files, FictionalNames names, CampaignPlan plan,
        SyntheticOptions options, Dictionary<string, Dictionary<string, decimal>> totals)
    {
        var problems = new List<Diagnostic>();
        var form = FormLoader.Load(files.Root, "schemas/forms/work-stats.form.yaml", problems)
            ?? throw new InvalidOperationException(
                "schemas/forms/work-stats.form.yaml: " + string.Join("; ", problems));
        var figures = new FormFigures(files.Schema(RecordKind.Monthly), files.Schema(RecordKind.WorkStats), form);
        var clues = new ClueMaker(files.Schema(RecordKind.Clue), names, plan);
        return new OwnerWriter(files, figures, clues, plan, options, totals);
    }

    private static List<Diagnostic> WriteInvalid(RecordFiles files, SyntheticOptions options,
        IReadOnlyList<GeneratedOwner> villages, CampaignPlan plan)
    {
        if (options.InvalidFiles == 0)
        {
            return [];
        }

        // Taken from the first village, whose files sit as deep as every village's.
        var all = files.Files;
        var sample = all.First(f => f.Kind == RecordKind.Clue
            && f.Path.Contains("/villages/", StringComparison.Ordinal));
        var clueText = File.ReadAllText(Path.Combine(files.Root, sample.Path));
        var round = all.First(f => f.Kind == RecordKind.WorkStats
            && f.Path.Contains("/villages/", StringComparison.Ordinal));
        var roundText = File.ReadAllText(Path.Combine(files.Root, round.Path));
        return Enumerable.Range(0, options.InvalidFiles)
            .Select(n => InvalidFiles.Write(files, n, villages[n % villages.Count].Folder,
                clueText, roundText, plan.Rounds.Select(r => r.Id).ToList()))
            .ToList();
    }
}
