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
        var names = new FictionalNames(SeededRandom.For(options.Seed, -1, 0));
        var totals = new Dictionary<string, Dictionary<string, decimal>>(StringComparer.Ordinal);
        var writer = Writer(folder, files, names, plan, options, totals);

        CampaignFiles.Write(files, plan, names);
        var owners = Owners(options, names);
        foreach (var owner in owners)
        {
            if (owner.Index >= 0)
            {
                CampaignFiles.Village(files, owner, names);
            }

            writer.Write(owner, names);
        }

        NoticeMaker.Write(files, SeededRandom.For(options.Seed, -2, 0), CampaignFiles.Township + "人民政府",
            plan.AsOf, options.Notices);
        var expected = WriteInvalid(files, options, owners, plan);

        var lines = expected.Select(d => d.ToString()).Order(StringComparer.Ordinal).ToList();
        return new SyntheticResult(plan.AsOf, files.Files, lines,
            totals.ToDictionary(t => t.Key, t => (IReadOnlyDictionary<string, decimal>)t.Value,
                StringComparer.Ordinal));
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

    private static OwnerWriter Writer(string folder, RecordFiles files, FictionalNames names, CampaignPlan plan,
        SyntheticOptions options, Dictionary<string, Dictionary<string, decimal>> totals)
    {
        var problems = new List<Diagnostic>();
        var form = FormLoader.Load(folder, "schemas/forms/work-stats.form.yaml", problems)
            ?? throw new InvalidOperationException(
                "schemas/forms/work-stats.form.yaml: " + string.Join("; ", problems));
        var figures = new FormFigures(files.Schema(RecordKind.Monthly), files.Schema(RecordKind.WorkStats), form);
        var clues = new ClueMaker(files.Schema(RecordKind.Clue), names, plan);
        return new OwnerWriter(files, figures, clues, plan, options, totals);
    }

    private static List<GeneratedOwner> Owners(SyntheticOptions options, FictionalNames names)
    {
        var owners = Enumerable.Range(0, options.Villages)
            .Select(i => FictionalNames.Village(i, options.Seed))
            .Select((v, i) => new GeneratedOwner(i, "villages/" + v.Slug, v.Name, names.Person(), names.Phone()))
            .ToList();
        owners.Add(new GeneratedOwner(-1, Owner.TownshipId, CampaignFiles.Township, names.Person(), names.Phone()));
        return owners;
    }

    private static List<Diagnostic> WriteInvalid(RecordFiles files, SyntheticOptions options,
        IReadOnlyList<GeneratedOwner> owners, CampaignPlan plan)
    {
        if (options.InvalidFiles == 0)
        {
            return [];
        }

        // Taken from the first village, whose files sit as deep as every village's.
        var sample = files.Files.First(f => f.Kind == RecordKind.Clue);
        var clueText = File.ReadAllText(Path.Combine(files.Root, sample.Path));
        var round = files.Files.First(f => f.Kind == RecordKind.WorkStats);
        var roundText = File.ReadAllText(Path.Combine(files.Root, round.Path));
        return Enumerable.Range(0, options.InvalidFiles)
            .Select(n => InvalidFiles.Write(files, n, owners[n % options.Villages].Folder,
                clueText, roundText, plan.Rounds.Select(r => r.Id).ToList()))
            .ToList();
    }
}
