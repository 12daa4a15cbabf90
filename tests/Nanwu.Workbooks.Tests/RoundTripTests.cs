using Nanwu.Workbooks.Import;

namespace Nanwu.Workbooks.Tests;

/// <summary>Export, then import: the record files come back byte for byte.</summary>
public sealed class RoundTripTests
{
    private static readonly string[] RecordFolders = ["work-stats", "clues", "cross-province"];

    [Fact]
    public void Export_then_import_gives_back_every_record_file_of_the_sample()
    {
        using var repo = new TempRepo();
        var before = TempRepo.Snapshot(repo.File("data"));
        var owners = Directory.GetDirectories(repo.File("data/villages")).Append(repo.File("data/township")).ToList();
        var folders = owners.SelectMany(o => RecordFolders.Select(f => Path.Combine(o, f)));
        foreach (var folder in folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        var imported = new List<ImportOutcome>();
        foreach (var round in SampleData.Data.Campaign!.Rounds.Select(r => r.Id))
        {
            foreach (var owner in owners.Select(Path.GetFileName))
            {
                var workbook = repo.Put($"{owner}-{round}.xlsx", SampleData.Workbook(owner!, round));
                var request = new ImportRequest(repo.Path, workbook, owner!, round, SampleData.AsOf);
                imported.Add(WorkbookImporter.Run(request));
            }
        }

        Assert.All(imported, o => Assert.Equal(0, o.Errors));
        var after = TempRepo.Snapshot(repo.File("data"));
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(after[pair.Key]), pair.Key));
        var recordFiles = before.Keys.Count(k => RecordFolders.Any(f => k.Contains($"/{f}/")));
        Assert.Equal(recordFiles, imported.SelectMany(o => o.Files).Where(f => f.Change == FileChange.Created).Count());
    }

    [Fact]
    public void An_id_number_comes_back_from_the_workbook_with_all_18_characters()
    {
        using var repo = new TempRepo();

        var outcome = Importing.Run(repo, LibreOfficeExport.WithIdNumbers(), "dongzhuang", "2025-06");

        Assert.Equal(0, outcome.Errors);
        Assert.Contains("统一信用编码或身份证: \"14990019850612003X\"\n",
            File.ReadAllText(repo.File("data/villages/dongzhuang/cross-province/2024-001.yaml")));
        Assert.Contains("统一信用编码或身份证: \"149900198506120048\"\n",
            File.ReadAllText(repo.File("data/villages/dongzhuang/cross-province/2025-009.yaml")));
    }
}
