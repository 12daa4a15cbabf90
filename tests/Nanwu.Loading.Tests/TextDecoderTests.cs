using System.Text;
using Nanwu.Loading.Files;
using Nanwu.Records.Diagnostics;

namespace Nanwu.Loading.Tests;

public sealed class TextDecoderTests
{
    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Utf8_with_bom_is_accepted_without_the_bom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("名称: 东庄村\n")).ToArray();
        var problems = new List<Diagnostic>();

        Assert.Equal("名称: 东庄村\n", TextDecoder.Decode("a.yaml", bytes, problems));
        Assert.Empty(problems);
    }

    [Fact]
    public void Gbk_text_is_named_with_the_fix_at_its_first_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("a: 1\n名称: ").Concat(Encoding.GetEncoding("GBK").GetBytes("东庄村\n")).ToArray();
        var problems = new List<Diagnostic>();

        Assert.Null(TextDecoder.Decode("a.yaml", bytes, problems));
        Assert.Equal("a.yaml:2:5: 错误 F004: 文件不是 UTF-8 编码（看起来是 GBK/GB18030 中文编码）；请在编辑器里用“另存为”选择 UTF-8 编码后再提交",
            Assert.Single(problems).ToString());
    }

    [Fact]
    public void Utf16_is_named()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("a: 1")).ToArray();
        var problems = new List<Diagnostic>();

        Assert.Null(TextDecoder.Decode("a.yaml", bytes, problems));
        Assert.Contains("UTF-16", Assert.Single(problems).Message);
    }
}
