using Nanwu.Aggregation;
using Nanwu.Checking;
using Nanwu.Loading;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Values;
using Nanwu.TestSupport;

namespace Nanwu.Rendering.Tests;

/// <summary>
/// ID numbers are masked in HTML, internal pages included: also one the data set does not know
/// (quoted by the diagnostic of a rejected file), one with an impossible birth date, and one
/// written with separators in free text.
/// </summary>
public sealed class IdNumberMaskTests : IDisposable
{
    private readonly TempFolder _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Bad_id_numbers_planted_in_a_copied_data_set_are_masked_on_every_internal_page()
    {
        Copy("data");
        Copy("schemas");
        Copy("site-templates");
        // Unquoted, so read as a number (S003, the file is rejected); month 13, so no valid ID number.
        SetLine("data/villages/majiazhuang/cross-province/2024-001.yaml", "统一信用编码或身份证:",
            "统一信用编码或身份证: 149900197613420599");
        // Quoted but neither code (R007).
        SetLine("data/villages/dongzhuang/cross-province/2024-001.yaml", "统一信用编码或身份证:",
            "统一信用编码或身份证: \"149900197613420598\"");
        SetLine("data/villages/dongzhuang/clues/2024-002.yaml", "备注:",
            "备注: \"对方留的身份证 149900-19760412-0599，又写作 149900 19760412 059x\"");

        var pages = Render(out var diagnostics);

        Assert.Contains(diagnostics, d => d.Code.Id == "S003" && d.Message.Contains("149900197613420599"));
        Assert.Contains(diagnostics, d => d.Code.Id == "R007" && d.Message.Contains("149900197613420598"));
        string[] full =
        [
            "149900197613420599", "149900197613420598", "149900-19760412-0599", "149900 19760412 059x",
            "14990019760412059",
        ];
        Assert.All(pages, page => Assert.All(full, id => Assert.DoesNotContain(id, page.Value)));
        Assert.Contains("“1499**********0599”被当成了数字", pages["checks.html"]);
        Assert.Contains("“1499**********0598”既不是", pages["checks.html"]);
        Assert.Contains("对方留的身份证 1499**********0599，又写作 1499**********059x", pages["clues.html"]);
    }

    [Theory]
    [InlineData("身份证 149900-19760412-0599 号", "身份证 1499**********0599 号")]
    [InlineData("１４９９００１９７６１３４２０５９９", "1499**********0599")]
    [InlineData("149900 - 19760412 - 059X。", "1499**********059X。")]
    [InlineData("日期 2024-10-15 2024-08-06 2025-01-01 都对", "日期 2024-10-15 2024-08-06 2025-01-01 都对")]
    [InlineData("电话 0358-5552101 0358-5552100", "电话 0358-5552101 0358-5552100")]
    [InlineData("代码 91149900MA0H9UE5K0，编号 1499001976041205", "代码 91149900MA0H9UE5K0，编号 1499001976041205")]
    [InlineData("一千九百位 1234567890123456789", "一千九百位 1234567890123456789")]
    public void Id_shaped_runs_are_masked_and_other_numbers_left_alone(string text, string expected)
    {
        Assert.Equal(expected, IdNumberText.Mask(text));
    }

    private Dictionary<string, string> Render(out IReadOnlyList<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        var data = new DataLoader(_repo.Path, ReadLimits.Default).Load(bag);
        Checker.Check(new CheckContext(data, SampleData.AsOf, bag));
        diagnostics = bag.Sorted();
        var options = new SiteOptions(_repo.Path, _repo.Sub("out"), SampleData.AsOf, null);
        var files = SiteBuilder.RenderInternal(data, Aggregator.Summarise(data, SampleData.AsOf), options, diagnostics)
            .Files;
        return files.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(p => p, files.Text, StringComparer.Ordinal);
    }

    private void Copy(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(Repo.Path(folder), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_repo.Path, Path.GetRelativePath(Repo.Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private void SetLine(string file, string key, string line)
    {
        var path = Path.Combine(_repo.Path, file);
        var lines = File.ReadAllLines(path).Select(l => l.StartsWith(key, StringComparison.Ordinal) ? line : l);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }
}
