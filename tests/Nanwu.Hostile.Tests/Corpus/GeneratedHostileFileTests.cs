using Nanwu.Loading.Yaml;

namespace Nanwu.Hostile.Tests.Corpus;

/// <summary>
/// Hostile files that cannot live in git — a 50 MB file, links out of data/, lines of tens of
/// thousands of characters — made at test time, each with the exact diagnostic it must give.
/// </summary>
public sealed class GeneratedHostileFileTests
{
    private const string Path0 = SmallTownship.Clues + "2024-099.yaml";

    [Fact]
    public void A_50_MB_file_is_refused_by_its_size_before_it_is_read()
    {
        using var repo = SmallTownship.Create();
        using (var file = File.Create(repo.PathOf(Path0)))
        {
            // Sparse and all zero bytes: read, it would be called binary (F004), not too large.
            file.SetLength(50L * 1024 * 1024);
        }

        var outcome = WholePipeline.Run(repo.Root, SmallTownship.AsOf);

        Assert.Equal(
            [$"{Path0}:1:1: 错误 F005: 文件有 52,428,800 字节，超过上限 1,048,576 字节，未读取；一条记录只有几 KB，请检查是否放错了文件"],
            outcome.Lines);
    }

    [Fact]
    public void The_size_limit_is_counted_to_the_byte()
    {
        using var repo = SmallTownship.Create();
        var clue = SmallTownship.AClue(repo);
        var limit = (int)ReadLimits.Default.MaxBytes;
        var utf8 = System.Text.Encoding.UTF8.GetByteCount(clue);

        // A comment line pads the clue to exactly the limit, then to one byte more (lines kept short).
        File.WriteAllText(repo.PathOf(SmallTownship.Clues + "2024-097.yaml"), Padded(clue, limit - utf8));
        File.WriteAllText(repo.PathOf(Path0), Padded(clue, limit - utf8 + 1));
        var outcome = WholePipeline.Run(repo.Root, SmallTownship.AsOf);

        Assert.Equal(
            [$"{Path0}:1:1: 错误 F005: 文件有 1,048,577 字节，超过上限 1,048,576 字节，未读取；一条记录只有几 KB，请检查是否放错了文件"],
            outcome.Lines);
    }

    [Fact]
    public void A_line_of_20000_characters_is_refused_with_its_line_and_a_long_one_within_the_limit_is_read()
    {
        using var repo = SmallTownship.Create();
        var clue = SmallTownship.AClue(repo);
        var lines = clue.TrimEnd('\n').Split('\n');
        var remark = Array.FindIndex(lines, l => l.StartsWith("备注: ", StringComparison.Ordinal));
        File.WriteAllText(repo.PathOf(Path0), clue.Replace(lines[remark], "备注: " + new string('长', 19_996)));
        File.WriteAllText(repo.PathOf(SmallTownship.Clues + "2024-098.yaml"),
            clue.Replace(lines[remark], "备注: " + new string('长', 9_996)));

        var outcome = WholePipeline.Run(repo.Root, SmallTownship.AsOf);

        Assert.Equal(
            [$"{Path0}:{remark + 1}:1: 错误 H001: 这一行有 20,000 个字符，超过上限 10,000，文件未读取；" +
             "记录和公告的一行远用不了这么多，请检查是否粘贴进了图片数据或整篇文字，长段落请分行"],
            outcome.Lines);
    }

    [Fact]
    public void A_long_line_in_a_notice_body_is_refused_too()
    {
        using var repo = SmallTownship.Create();
        var notice = Directory.GetFiles(repo.PathOf("data/notices")).Single();
        var text = File.ReadAllText(notice);
        var bodyLine = text.Split('\n').Length;
        File.WriteAllText(notice, text + new string('a', 12_000) + "\n");

        var outcome = WholePipeline.Run(repo.Root, SmallTownship.AsOf);

        Assert.Equal(
            [$"data/notices/tishi-001.md:{bodyLine}:1: 错误 H001: 这一行有 12,000 个字符，超过上限 10,000，文件未读取；" +
             "记录和公告的一行远用不了这么多，请检查是否粘贴进了图片数据或整篇文字，长段落请分行"],
            outcome.Lines);
    }

    [Fact]
    public void Links_out_of_data_are_reported_and_never_followed()
    {
        using var repo = SmallTownship.Create();
        var outside = repo.PathOf("outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.yaml"), SmallTownship.AClue(repo).Replace("合成线索", "机密线索"));
        File.CreateSymbolicLink(repo.PathOf(Path0), Path.Combine(outside, "secret.yaml"));
        Directory.CreateSymbolicLink(repo.PathOf("data/villages/xizhuang/cross-province"), outside);
        File.CreateSymbolicLink(repo.PathOf("data/notices/passwd.md"), "/etc/passwd");

        var outcome = WholePipeline.Run(repo.Root, SmallTownship.AsOf);

        const string Fix = "错误 F003: 这是一个符号链接；data/ 里只放真实文件，请把文件本身复制进来";
        Assert.Equal(
            [
                $"data/notices/passwd.md:1:1: {Fix}", $"{Path0}:1:1: {Fix}",
                $"data/villages/xizhuang/cross-province:1:1: {Fix}",
            ],
            outcome.Lines);
        var everything = string.Concat(outcome.Internal.All.Concat(outcome.Public.All)
            .Select(f => System.Text.Encoding.UTF8.GetString(f.Value)));
        Assert.DoesNotContain("机密线索", everything);
        Assert.DoesNotContain("root:", everything);
    }

    private static string Padded(string clue, int bytes)
    {
        // Comment lines of at most 80 bytes (or a blank line for the last byte or two), exactly the bytes wanted.
        var padding = new System.Text.StringBuilder();
        while (bytes > 0)
        {
            var line = bytes < 3 ? 1 : Math.Min(bytes, 80);
            padding.Append(line == 1 ? "\n" : "#" + new string('x', line - 2) + "\n");
            bytes -= line;
        }

        return clue + padding;
    }
}
