using Nanwu.Records.Model;
using Nanwu.Synthetic;

namespace Nanwu.Hostile.Tests.Conservation;

/// <summary>
/// Where a reader finds each kind of record in the built sites: the page it must be on and the
/// text it brings there. Monthly reports show only as their status in the owner's month table.
/// </summary>
public static class Shown
{
    public static void AssertInOutput(string outRoot, GeneratedFile file)
    {
        var parts = file.Path.Split('/');
        // A region's township folder (data/townships/<id>/…) has its own portal in internal/<id>/.
        var internalSite = "internal";
        if (parts[1] == "townships")
        {
            internalSite = "internal/" + parts[2];
            parts = ["data", .. parts[3..]];
        }

        var owner = parts[1] == "township" ? "township" : parts.Length > 2 ? parts[2] : "";
        var stem = Path.GetFileNameWithoutExtension(file.Path);
        switch (file.Kind)
        {
            case RecordKind.Region:
                Assert.Contains(file.Marker!, OutputText.Of(outRoot, "public/index.html"));
                Assert.Contains(file.Marker!, OutputText.Of(outRoot, "internal/index.html"));
                break;
            case RecordKind.Township:
                Assert.Contains(file.Marker!, OutputText.Of(outRoot, $"{internalSite}/index.html"));
                break;
            case RecordKind.LeadingGroup:
                Assert.Contains(file.Marker!, OutputText.Of(outRoot, $"{internalSite}/leading-group.html"));
                break;
            case RecordKind.Rounds:
                Assert.Contains(file.Marker!,
                    OutputText.Of(outRoot, $"{internalSite}/rounds/{file.Marker}/index.html"));
                break;
            case RecordKind.Village:
                Assert.Contains(file.Marker!, OutputText.Of(outRoot, $"{internalSite}/villages/{owner}.html"));
                break;
            case RecordKind.WorkStats:
                // A region writes no page per report unless asked; the 备注 is then on the owner's page.
                Assert.Contains(file.Marker!, OutputText.Of(outRoot, internalSite == "internal"
                    ? $"{internalSite}/rounds/{stem}/{owner}.html"
                    : $"{internalSite}/villages/{owner}.html"));
                break;
            case RecordKind.Monthly:
                var month = DateOnly.ParseExact(stem + "-01", "yyyy-MM-dd");
                var due = month.AddMonths(1).AddDays(14).ToString("yyyy-MM-dd");
                Assert.Contains($"{stem} {due} 按时报送", OutputText.Of(outRoot, $"{internalSite}/villages/{owner}.html"));
                break;
            case RecordKind.Clue:
                Assert.Contains(file.Marker!, OutputText.Of(outRoot, $"{internalSite}/clues.html"));
                break;
            case RecordKind.CrossProvince:
                Assert.Contains(file.Marker!, OutputText.Of(outRoot, $"{internalSite}/cross-province.html"));
                break;
            case RecordKind.Notice:
                Assert.Contains(file.Marker!, OutputText.Of(outRoot, $"public/notices/{stem}.html"));
                break;
            default:
                Assert.Fail($"{file.Path}: no place in the output is known for {file.Kind}");
                break;
        }
    }
}
