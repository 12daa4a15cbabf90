namespace Nanwu.Workbooks.Tests;

/// <summary>
/// Every workbook of the sample, plus one whose cases carry ID numbers, read back once by
/// LibreOffice: to CSV (cells as shown, a file per sheet) and to HTML (merged cells as spans).
/// </summary>
public sealed class LibreOfficeExport : IDisposable
{
    public const string IdNumbers = "id-numbers";
    public const string LetterId = "14990019850612003X";
    public const string DigitsId = "149900198506120048";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "nanwu-lo-out-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, Dictionary<string, List<HtmlCell>>> _html = new(StringComparer.Ordinal);

    public LibreOfficeExport()
    {
        Directory.CreateDirectory(_folder);
        var files = SampleData.Files.Where(f => f.Key.EndsWith(".xlsx", StringComparison.Ordinal))
            .Select(f => Write(Path.GetFileName(f.Key), f.Value))
            .Append(Write(IdNumbers + ".xlsx", WithIdNumbers()))
            .ToList();
        Workbooks = files.Select(Path.GetFileNameWithoutExtension).OfType<string>().ToList();

        var csv = Task.Run(() => LibreOffice.Convert(LibreOffice.CsvFilter, Path.Combine(_folder, "csv"), files));
        var html = Task.Run(() => LibreOffice.Convert("html", Path.Combine(_folder, "html"), files));
        Task.WaitAll(csv, html);
        foreach (var name in Workbooks)
        {
            var firstSheet = Directory.GetFiles(Path.Combine(_folder, "csv"), name + "-*.csv")
                .Order(StringComparer.Ordinal)
                .Select(f => Path.GetFileNameWithoutExtension(f)[(name.Length + 1)..]).FirstOrDefault() ?? "";
            _html[name] = HtmlTables.Parse(File.ReadAllText(Path.Combine(_folder, "html", name + ".html")), firstSheet);
        }
    }

    /// <summary>The workbooks converted, by file name without .xlsx.</summary>
    public IReadOnlyList<string> Workbooks { get; }

    /// <summary>A sheet as CSV rows, or null when LibreOffice wrote no such sheet.</summary>
    public List<List<string>>? Csv(string workbook, string sheet)
    {
        var path = Path.Combine(_folder, "csv", $"{workbook}-{sheet}.csv");
        return File.Exists(path) ? Tests.Csv.Parse(File.ReadAllText(path)) : null;
    }

    public List<HtmlCell> Html(string workbook, string sheet) => _html[workbook][sheet];

    public IReadOnlyCollection<string> HtmlSheets(string workbook) => _html[workbook].Keys;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>dongzhuang's 2025-06 workbook, its case's code an ID number, and one more all in digits.</summary>
    public static byte[] WithIdNumbers()
    {
        var data = SampleData.Data;
        var own = data.CrossProvince.Single(c => c.Owner.Id == "dongzhuang");
        var changed = data with
        {
            CrossProvince =
            [
                .. data.CrossProvince.Where(c => c != own),
                own with { Code = LetterId, SubjectName = "张某某" },
                own with { Id = "2025-009", Code = DigitsId, SubjectName = "李某某", FoundOrFiledOn = new(2025, 5, 1) },
            ],
        };
        return SampleData.Export(changed)["workbooks/2025-06/dongzhuang-2025-06.xlsx"];
    }
}
