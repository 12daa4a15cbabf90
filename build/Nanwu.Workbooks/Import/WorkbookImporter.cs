using Nanwu.Loading.Forms;
using Nanwu.Loading.Schema;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Workbooks.Import;

/// <summary>
/// <c>nanwu import</c>: reads a filled workbook into an owner's record files through the one
/// canonical writer, checks data/ as it would then be, and writes every record or none.
/// </summary>
public static class WorkbookImporter
{
    /// <summary>A form workbook is some tens of kilobytes; anything this large is not one.</summary>
    private const long MaxBytes = 20 * 1024 * 1024;

    public static ImportOutcome Run(ImportRequest request)
    {
        var problems = new List<Diagnostic>();
        var notes = new List<string>();
        var records = Read(request, Path.GetFileName(request.Workbook), problems, notes);
        if (problems.Any(p => p.IsError))
        {
            return Outcome(problems, [], notes, written: false, []);
        }

        var schemas = new SchemaSet(Path.Combine(request.RepoRoot, "schemas"));
        var files = RecordFiles.Compose(request, schemas, records);
        var (ours, elsewhere) = Check(request, files);
        var found = problems.Concat(ours).ToList();
        var changes = files.Select(f => new ImportedFile(f.Path, Change(request.RepoRoot, f.Path, f.Text))).ToList();
        var sound = !found.Any(d => d.IsError);
        if (sound)
        {
            AtomicFiles.Write(request.RepoRoot, files.Where((_, i) => changes[i].Change != FileChange.Unchanged)
                .ToDictionary(f => f.Path, f => f.Text));
        }

        return Outcome(found, changes, notes, sound, elsewhere);
    }

    /// <summary>Checks data/ as it would be: findings on the imported files (by cell), and the rest.</summary>
    private static (IReadOnlyList<Diagnostic> Ours, IReadOnlyList<Diagnostic> Elsewhere) Check(
        ImportRequest request, IReadOnlyList<(string Path, string Text, ImportedRecord Record)> files)
    {
        var byPath = files.ToDictionary(f => f.Path, f => f.Record, StringComparer.Ordinal);
        var found = OverlayCheck.Run(request.RepoRoot, files.ToDictionary(f => f.Path, f => f.Text), request.AsOf);
        var ours = found.Where(d => byPath.ContainsKey(d.Span.Path))
            .Select(d => d with { Span = byPath[d.Span.Path].CellOf(d.Field) })
            .ToList();
        return (ours, found.Where(d => !byPath.ContainsKey(d.Span.Path)).ToList());
    }

    private static List<ImportedRecord> Read(
        ImportRequest request, string name, List<Diagnostic> problems, List<string> notes)
    {
        var info = new FileInfo(request.Workbook);
        if (!info.Exists || info.Length > MaxBytes)
        {
            problems.Add(Messages.WorkbookUnreadable(name, info.Exists ? "文件过大，不像是统计表" : "文件不存在"));
            return [];
        }

        var content = XlsxReader.Read(File.ReadAllBytes(request.Workbook), name, SheetNames.Forms, problems);
        if (content is null || !MarkFits(content, request, problems))
        {
            return [];
        }

        if (content.Sheets.Count == 0)
        {
            problems.Add(Messages.NoFormSheet(name, SheetNames.Forms, content.SheetNames));
            return [];
        }

        var schemas = new SchemaSet(Path.Combine(request.RepoRoot, "schemas"));
        var records = new List<ImportedRecord>();
        foreach (var (sheet, kind, read) in Readers())
        {
            if (content.Sheets.TryGetValue(sheet, out var grid))
            {
                var form = FormLoader.Load(request.RepoRoot, $"schemas/forms/{FormFile(kind)}", problems);
                if (form is not null)
                {
                    records.AddRange(read(new SheetContext(grid, form, schemas.NodeOf(kind), problems, notes)));
                }
            }
        }

        return records;
    }

    private static IEnumerable<(string Sheet, RecordKind Kind, Func<SheetContext, IReadOnlyList<ImportedRecord>> Read)>
        Readers() =>
    [
        (SheetNames.WorkStats, RecordKind.WorkStats, WorkStatsReader.Read),
        (SheetNames.Clue, RecordKind.Clue, ClueReader.Read),
        (SheetNames.CrossProvince, RecordKind.CrossProvince, CrossProvinceReader.Read),
    ];

    private static string FormFile(RecordKind kind) => WorkbookNames.TemplateName(kind) + ".form.yaml";

    private static bool MarkFits(WorkbookContent content, ImportRequest request, List<Diagnostic> problems)
    {
        switch (content.Mark)
        {
            case { Kind: WorkbookMark.SummaryKind }:
                problems.Add(Messages.SummaryWorkbook(content.Name));
                return false;
            case { Kind: WorkbookMark.VillageKind, Owner: { } owner } when owner != request.Owner:
                problems.Add(Messages.OtherOwnersWorkbook(content.Name, owner, owner, request.Owner));
                return false;
            case { Kind: WorkbookMark.VillageKind, Round: { } round } when round != request.Round:
                problems.Add(Messages.RoundDiffers(content.Name, round, request.Round));
                return true;
            default:
                return true;
        }
    }

    private static FileChange Change(string repoRoot, string path, string text)
    {
        var full = Path.Combine(repoRoot, path);
        return !File.Exists(full) ? FileChange.Created
            : File.ReadAllText(full) == text ? FileChange.Unchanged
            : FileChange.Changed;
    }

    private static ImportOutcome Outcome(IEnumerable<Diagnostic> found, IReadOnlyList<ImportedFile> files,
        IReadOnlyList<string> notes, bool written, IReadOnlyList<Diagnostic> elsewhere)
    {
        var bag = new DiagnosticBag();
        bag.AddRange(found);
        return new ImportOutcome(bag.Sorted(), files, written, notes, elsewhere.Count(d => d.IsError),
            elsewhere.Count(d => !d.IsError));
    }
}
