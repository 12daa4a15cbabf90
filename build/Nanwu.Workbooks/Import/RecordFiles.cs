using System.Text.Json.Nodes;
using Nanwu.Loading;
using Nanwu.Loading.Schema;
using Nanwu.Loading.Writing;
using Nanwu.Records.Model;

namespace Nanwu.Workbooks.Import;

/// <summary>
/// The record files an import writes: where each record goes (new rows of a register get the
/// next id of their year) and its text from the one canonical writer.
/// </summary>
internal static class RecordFiles
{
    public static List<(string Path, string Text, ImportedRecord Record)> Compose(
        ImportRequest request, SchemaSet schemas, IReadOnlyList<ImportedRecord> records)
    {
        var folder = request.Owner == Owner.TownshipId ? "data/township" : $"data/villages/{request.Owner}";
        var clueIds = new RecordIds(ExistingIds(request.RepoRoot, folder + "/clues"));
        var caseIds = new RecordIds(ExistingIds(request.RepoRoot, folder + "/cross-province"));
        foreach (var r in records.Where(r => r.Id is not null))
        {
            (r.Kind == RecordKind.Clue ? clueIds : caseIds).Reserve(r.Id!);
        }

        return records.Select(r =>
        {
            var path = r.Kind switch
            {
                RecordKind.WorkStats => $"{folder}/work-stats/{request.Round}.yaml",
                RecordKind.Clue => $"{folder}/clues/{r.Id ?? clueIds.Next(r.Record, "发现时间")}.yaml",
                _ => $"{folder}/cross-province/{r.Id ?? caseIds.Next(r.Record, "发现或立案时间")}.yaml",
            };
            var text = CanonicalWriter.Write(schemas.NodeOf(r.Kind), (JsonObject)r.Record.DeepClone(),
                DataLoader.ExpectedSchemaPath(path, r.Kind));
            return (path, text, r);
        }).ToList();
    }

    private static IEnumerable<string> ExistingIds(string repoRoot, string folder)
    {
        var full = Path.Combine(repoRoot, folder);
        return Directory.Exists(full)
            ? Directory.EnumerateFiles(full, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>()
            : [];
    }
}
