using Nanwu.TestSupport;

namespace Nanwu.Checking.Tests;

/// <summary>
/// One test per folder under Cases/: the exact diagnostics a planted problem produces.
/// Adding a case means adding a folder. A missing expected.txt fails and writes
/// expected.received.txt for review.
/// </summary>
public sealed class CaseTests
{
    [Theory]
    [MemberData(nameof(CaseFolder.All), MemberType = typeof(CaseFolder))]
    public void Case_produces_exactly_its_expected_diagnostics(string name)
    {
        var actual = string.Join("\n", CaseFolder.NewDiagnostics(name)) + "\n";
        var dir = Path.Combine(CaseFolder.CasesRoot, name);
        var expectedPath = Path.Combine(dir, "expected.txt");
        var receivedPath = Path.Combine(dir, "expected.received.txt");

        if (File.Exists(expectedPath) && File.ReadAllText(expectedPath) == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Equal(File.Exists(expectedPath) ? File.ReadAllText(expectedPath) : "(no expected.txt)", actual);
    }

    [Fact]
    public void The_sample_data_has_no_errors_and_only_the_intended_warnings()
    {
        var lines = CaseFolder.Run(Repo.Root);

        // The one intended warning: 吕梁福寿康养老服务有限公司 is open in both 东庄村 and 南堡村.
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Contains("警告 R012", l));
    }
}
