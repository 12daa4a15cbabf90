using System.Text;
using Nanwu.TestSupport;

namespace Nanwu.Hostile.Tests.Corpus;

/// <summary>
/// An ID number written without quotes is quoted in full in the diagnostic, every digit as
/// typed, so the clerk can check it; on the internal portal's checks page it is masked.
/// </summary>
public sealed class IdNumberPrivacyTests
{
    private const string Path0 = "data/villages/xizhuang/cross-province/2024-001.yaml";

    [Fact]
    public void A_bare_id_number_is_quoted_whole_in_the_diagnostic_and_masked_on_the_checks_page()
    {
        using var repo = SmallTownship.Create();
        var sample = File.ReadAllText(Repo.Path("data/villages/dongzhuang/cross-province/2024-001.yaml"));
        repo.Write(Path0, sample.Replace("\"91149900MA0KC7R2NG\"", "149900197604120590"));

        var outcome = WholePipeline.Run(repo.Root, SmallTownship.AsOf);

        Assert.Equal(
            [$"{Path0}:6:13: 错误 S003: 统一信用编码或身份证: “149900197604120590”被当成了数字，号码可能丢位或变形；" +
             "请加英文双引号，写成 \"149900197604120590\""],
            outcome.Lines);
        var checks = Encoding.UTF8.GetString(outcome.Internal.All.Single(f => f.Key == "checks.html").Value);
        Assert.DoesNotContain("149900197604120590", checks);
        Assert.Contains("1499**********0590", checks);
    }
}
