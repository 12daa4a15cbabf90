using System.Text.Json.Nodes;
using Nanwu.Loading.Binding;
using Nanwu.Loading.Files;
using Nanwu.Loading.Forms;
using Nanwu.Loading.Schema;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Forms;
using Nanwu.Records.Model;

namespace Nanwu.Loading;

/// <summary>
/// Loads data/: lists every file, reads and checks each against its schema (in parallel),
/// then binds the valid ones into records. Every file ends up as a record, an asset or an
/// error; nothing is skipped silently.
/// </summary>
public sealed class DataLoader(string repoRoot, ReadLimits limits)
{
    private readonly SchemaSet _schemas = new(Path.Combine(repoRoot, "schemas"))
    {
        UseFastPath = Environment.GetEnvironmentVariable("NANWU_REFERENCE_SCHEMA") != "1",
    };

    /// <summary>False checks records with JsonSchema.Net alone, as NANWU_REFERENCE_SCHEMA=1 does.</summary>
    public bool FastSchemaCheck { get => _schemas.UseFastPath; init => _schemas.UseFastPath = value; }

    /// <summary>
    /// Record files as they would be (path relative to the repository → text), read instead of
    /// the disk: import checks data/ as it will be before it writes anything.
    /// </summary>
    public IReadOnlyDictionary<string, string> Overlay { get; init; } = new Dictionary<string, string>();

    public DataSet Load(DiagnosticBag bag)
    {
        var parsed = ParseAll(ScanPaths(bag), bag);
        var forms = LoadForms(bag);
        return new Assembler(parsed, _schemas, forms, bag, AssemblyScope.OwnRepository).Assemble();
    }

    /// <summary>True when data/ holds a county's or province's townships (data/townships/&lt;id&gt;/…).</summary>
    public static bool IsRegion(string repoRoot) =>
        Directory.Exists(Path.Combine(repoRoot, "data", DataLayout.TownshipsFolder));

    /// <summary>
    /// Reads a region's shared files (region.yaml, rounds.yaml, notices) and lists each township's
    /// files without reading them: <see cref="LoadTownship"/> reads one township at a time, so memory
    /// holds one township's records, not a province's.
    /// </summary>
    public RegionData LoadRegion(DiagnosticBag bag)
    {
        var scanProblems = new List<Diagnostic>();
        var scanned = DataScanner.ScanWithStamps(repoRoot, scanProblems);
        bag.AddRange(scanProblems);
        var byTownship = new SortedDictionary<string, List<ScannedFile>>(StringComparer.Ordinal);
        var shared = new List<string>();
        foreach (var file in scanned)
        {
            if (RegionData.TownshipOf(file.Path) is { } township)
            {
                if (!byTownship.TryGetValue(township, out var list))
                {
                    byTownship[township] = list = [];
                }

                list.Add(file);
            }
            else
            {
                shared.Add(file.Path);
            }
        }

        var parsed = ParseAll(shared, bag, regionTop: true);
        var forms = LoadForms(bag);
        var data = new Assembler(parsed, _schemas, forms, bag, AssemblyScope.RegionTop).Assemble();
        return new RegionData(data, byTownship.ToDictionary(t => t.Key, t => (IReadOnlyList<ScannedFile>)t.Value));
    }

    /// <summary>One township of a region, as a township's own repository would load it (rounds shared).</summary>
    public DataSet LoadTownship(RegionData region, string township, DiagnosticBag bag)
    {
        var parsed = ParseAll(region.PathsOf(township), bag);
        var scope = new AssemblyScope(township, region.Shared.Campaign);
        return new Assembler(parsed, _schemas, region.Shared.Forms, bag, scope).Assemble();
    }

    private List<string> ScanPaths(DiagnosticBag bag)
    {
        var scanProblems = new List<Diagnostic>();
        var paths = DataScanner.Scan(repoRoot, scanProblems).Union(Overlay.Keys).Order(StringComparer.Ordinal).ToList();
        bag.AddRange(scanProblems);
        return paths;
    }

    private static bool IsTownshipFile(Placement placement) =>
        placement is { Township: null } && (placement.Kind is RecordKind.Township or RecordKind.LeadingGroup
            || placement.OwnerId is not null);

    /// <param name="paths">The files to read.</param>
    /// <param name="bag">Where their problems go.</param>
    /// <param name="regionTop">A region's top level: a township's file there is refused (A001), not advised.</param>
    private ParsedFile[] ParseAll(IReadOnlyList<string> paths, DiagnosticBag bag, bool regionTop = false)
    {
        var parsed = ParseAll(paths, regionTop);
        foreach (var file in parsed)
        {
            bag.AddRange(file.Diagnostics);
        }

        return parsed;
    }

    private ParsedFile[] ParseAll(IReadOnlyList<string> paths, bool regionTop)
    {
        var results = new ParsedFile[paths.Count];
        Parallel.For(0, paths.Count, i => results[i] = Parse(paths[i], regionTop));
        return results;
    }

    private ParsedFile Parse(string path, bool regionTop)
    {
        var diagnostics = new List<Diagnostic>();
        var placement = DataLayout.Classify(path["data/".Length..]);
        var file = new ParsedFile(path, placement, diagnostics);
        if (placement is null)
        {
            diagnostics.Add(PlacementAdvice.Explain(path));
            return file;
        }

        if (placement.Kind == RecordKind.Asset)
        {
            return file;
        }

        if (!HasValidIds(path, placement, diagnostics))
        {
            return file;
        }

        var text = ReadText(path, diagnostics);
        if (text is null)
        {
            return file;
        }

        return IsMarkdown(placement.Kind) ? ParseMarkdown(file, text) : ParseYaml(file, text, regionTop);
    }

    private ParsedFile ParseYaml(ParsedFile file, string text, bool regionTop)
    {
        var doc = new YamlReader(limits).Read(file.Path, text, file.Diagnostics);
        if (doc is null)
        {
            return file;
        }

        var problems = new List<Diagnostic>();
        var valid = _schemas.Validate(file.Placement!.Kind, file.Path, doc, problems);
        var explained = valid ? problems : KindGuess.Explain(_schemas, file.Path, file.Placement, doc, problems);
        file.Diagnostics.AddRange(explained);

        // A record of another kind is told to move; its schema line then is right as it is. So is a
        // township's file at a region's top level (A001), whose line changes with the move.
        if (!explained.Any(d => d.Code == Codes.KindMismatch) && !(regionTop && IsTownshipFile(file.Placement)))
        {
            CheckSchemaLine(file, text);
        }

        return file with { Document = valid ? doc : null };
    }

    private ParsedFile ParseMarkdown(ParsedFile file, string text)
    {
        if (FrontMatter.Split(text) is not var (yaml, body, bodyLine))
        {
            file.Diagnostics.Add(Messages.MissingFrontMatter(SourceSpan.FileStart(file.Path)));
            return file;
        }

        var doc = new YamlReader(limits).Read(file.Path, yaml, file.Diagnostics);
        if (doc is null)
        {
            return file;
        }

        var schemaKey = doc.Root["$schema"] as System.Text.Json.Nodes.JsonValue;
        var expected = ExpectedSchemaPath(file);
        if (schemaKey is null || schemaKey.ToString() != expected)
        {
            file.Diagnostics.Add(Messages.FrontMatterSchema(file.Path, expected));
        }

        var valid = _schemas.Validate(file.Placement!.Kind, file.Path, doc, file.Diagnostics);
        return file with { Document = valid ? doc : null, Markdown = body, BodyLine = bodyLine };
    }

    private string? ReadText(string path, List<Diagnostic> diagnostics)
    {
        if (Overlay.TryGetValue(path, out var overlaid))
        {
            return overlaid;
        }

        var full = Path.Combine(repoRoot, path);
        try
        {
            var length = new FileInfo(full).Length;
            if (length > limits.MaxBytes)
            {
                diagnostics.Add(Messages.TooLarge(path, length, limits.MaxBytes));
                return null;
            }

            var text = TextDecoder.Decode(path, File.ReadAllBytes(full), diagnostics);
            if (text is not null && LineEnds.FirstLongerThan(text, limits.MaxLineLength) is var (line, chars))
            {
                diagnostics.Add(Messages.LineTooLong(new SourceSpan(path, line, 1), chars, limits.MaxLineLength));
                return null;
            }

            return text;
        }
        catch (IOException e)
        {
            diagnostics.Add(Messages.CannotRead(path, e.Message));
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            diagnostics.Add(Messages.CannotRead(path, e.Message));
            return null;
        }
    }

    private static bool HasValidIds(string path, Placement placement, List<Diagnostic> diagnostics)
    {
        var ok = true;
        if (placement.Township is { } township
            && (!DataLayout.IsValidId(township) || DataLayout.IsReservedTownship(township)))
        {
            diagnostics.Add(Messages.BadTownshipId(path, township));
            return false;
        }

        var villages = "data/" + DataLayout.TownshipPrefix(placement.Township) + "villages/";
        if (placement.OwnerId == Owner.TownshipId && path.StartsWith(villages, StringComparison.Ordinal))
        {
            diagnostics.Add(Messages.ReservedVillageId(path));
            return false;
        }

        if (placement.OwnerId is { } owner && !DataLayout.IsValidId(owner))
        {
            diagnostics.Add(Messages.BadId(path, owner));
            ok = false;
        }

        if (placement.Kind is not (RecordKind.Township or RecordKind.LeadingGroup or RecordKind.Rounds
                or RecordKind.PublicAllowList or RecordKind.Region)
            && !DataLayout.IsValidId(placement.Id))
        {
            diagnostics.Add(Messages.BadId(path, placement.Id));
            ok = false;
        }

        foreach (var id in new[] { placement.OwnerId, placement.Id }.OfType<string>().Distinct())
        {
            if (DataLayout.IsReserved(placement.Kind, id))
            {
                diagnostics.Add(Messages.ReservedName(path, id));
                ok = false;
            }
        }

        return ok;
    }

    private static void CheckSchemaLine(ParsedFile file, string text)
    {
        var expected = ExpectedSchemaPath(file);
        var first = text.AsSpan(0, Math.Max(0, text.IndexOf('\n'))).TrimEnd('\r').ToString();
        if (first != "# yaml-language-server: $schema=" + expected)
        {
            file.Diagnostics.Add(Messages.SchemaLine(file.Path, expected));
        }
    }

    /// <summary>The schema path relative to the file, as editors want it.</summary>
    public static string ExpectedSchemaPath(string path, RecordKind kind)
    {
        var depth = path.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth)) + "schemas/" + kind.SchemaFile();
    }

    private static string ExpectedSchemaPath(ParsedFile file) =>
        ExpectedSchemaPath(file.Path, file.Placement!.Kind);

    private static bool IsMarkdown(RecordKind kind) =>
        kind is RecordKind.Notice or RecordKind.TypicalCase or RecordKind.Page;

    private FormSet LoadForms(DiagnosticBag bag)
    {
        var problems = new List<Diagnostic>();
        FormDefinition Form(string name) =>
            FormLoader.Load(repoRoot, $"schemas/forms/{name}.form.yaml", problems)
            ?? new FormDefinition(name, 0, [], [], []);
        var forms = new FormSet(Form("work-stats"), Form("clue"), Form("cross-province"));
        bag.AddRange(problems);
        return forms;
    }
}

/// <summary>One file after reading and schema checking; <see cref="Document"/> is set when valid.</summary>
internal sealed record ParsedFile(string Path, Placement? Placement, List<Diagnostic> Diagnostics)
{
    public YamlDocument? Document { get; init; }

    public string Markdown { get; init; } = "";

    public int BodyLine { get; init; }

    public JsonObject? Root => Document?.Root;
}
