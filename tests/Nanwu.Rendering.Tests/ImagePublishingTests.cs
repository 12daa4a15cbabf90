using System.Buffers.Binary;
using System.Text;
using Nanwu.Records.Diagnostics;
using Nanwu.Rendering.Public.Images;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace Nanwu.Rendering.Tests;

/// <summary>Files beside notices: images made fit for a phone and stripped of metadata, unsafe ones refused.</summary>
public sealed class ImagePublishingTests : IDisposable
{
    private readonly TempFolder _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void A_wide_png_is_narrowed_to_960_pixels_and_loses_its_text_and_exif()
    {
        using var image = new Image<Rgba32>(2000, 1000, new Rgba32(155, 27, 27));
        image.Metadata.ExifProfile = new ExifProfile();
        image.Metadata.ExifProfile.SetValue(ExifTag.Artist, "Zhang San");
        image.Metadata.GetPngMetadata().TextData.Add(new PngTextData("Author", "李四拍摄", "", ""));
        var original = Save(image, new PngEncoder());
        Assert.True(Contains(original, "李四拍摄") && Contains(original, "Zhang San"));

        var (bytes, size) = RasterImages.Publish(original, ".png");

        Assert.Equal((960, 480), (size.Width, size.Height));
        foreach (var trace in new[] { "李四拍摄", "Zhang San", "tEXt", "iTXt", "zTXt", "eXIf" })
        {
            Assert.False(Contains(bytes, trace), trace);
        }

        using var published = Image.Load(bytes);
        Assert.Equal((960, 480), (published.Width, published.Height));
    }

    [Fact]
    public void A_photo_taken_sideways_is_turned_upright_before_its_exif_goes()
    {
        using var image = new Image<Rgba32>(400, 200, new Rgba32(20, 120, 20));
        image.Metadata.ExifProfile = new ExifProfile();
        image.Metadata.ExifProfile.SetValue(ExifTag.Orientation, (ushort)6);
        image.Metadata.ExifProfile.SetValue(ExifTag.Model, "Village Phone 3");

        var jpeg = Save(image, new SixLabors.ImageSharp.Formats.Jpeg.JpegEncoder());

        var (bytes, size) = RasterImages.Publish(jpeg, ".jpg");

        Assert.Equal((200, 400), (size.Width, size.Height));
        Assert.False(Contains(bytes, "Exif"));
        Assert.False(Contains(bytes, "Village Phone"));
    }

    [Fact]
    public void Unreadable_oversized_and_scripted_files_are_refused_with_the_fix()
    {
        Write("data/notices/broken.png", Encoding.ASCII.GetBytes("this is not a picture"));
        Write("data/notices/huge.png", PngHeaderOnly(10_000, 5_000));
        Write("data/notices/tricky.svg", Encoding.UTF8.GetBytes(
            """<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"""));
        Write("data/notices/remote.svg", Encoding.UTF8.GetBytes(
            """<svg xmlns="http://www.w3.org/2000/svg"><image href="https://evil.example/x.png"/></svg>"""));
        var diagnostics = new List<Diagnostic>();

        var published = NoticeAssets.Prepare(_repo.Path,
            ["data/notices/broken.png", "data/notices/huge.png", "data/notices/tricky.svg", "data/notices/remote.svg"],
            diagnostics);

        Assert.Empty(published);
        Assert.Equal(
        [
            Messages.ImageUnreadable("data/notices/broken.png", "不是认得的图片格式").ToString(),
            Messages.ImageTooLarge("data/notices/huge.png", "10000×5000 像素", "四千万像素").ToString(),
            Messages.UnsafeSvg("data/notices/remote.svg", "指向别处的链接 https://evil.example/x.png").ToString(),
            Messages.UnsafeSvg("data/notices/tricky.svg", "<script> 元素").ToString(),
        ], diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_drawing_loses_its_editor_metadata_and_a_pdf_passes_as_it_is()
    {
        Write("data/notices/logo.svg", Encoding.UTF8.GetBytes("""
            <?xml version="1.0"?>
            <!-- saved by 王五 -->
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
                 inkscape:export-filename="/home/wangwu/logo.png" viewBox="0 0 10 10">
              <metadata><author>王五</author></metadata>
              <rect width="10" height="10" fill="#9b1b1b"/>
            </svg>
            """));
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4 original bytes");
        Write("data/notices/tongzhi.pdf", pdf);
        var diagnostics = new List<Diagnostic>();

        var published = NoticeAssets.Prepare(
            _repo.Path, ["data/notices/logo.svg", "data/notices/tongzhi.pdf"], diagnostics);

        Assert.Empty(diagnostics);
        var svg = Encoding.UTF8.GetString(published["data/notices/logo.svg"].Bytes);
        Assert.StartsWith("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">""", svg);
        Assert.Contains("""<rect width="10" height="10" fill="#9b1b1b" />""", svg);
        foreach (var trace in new[] { "王五", "wangwu", "inkscape", "<metadata", "<!--", "<?xml" })
        {
            Assert.DoesNotContain(trace, svg);
        }

        Assert.Equal(pdf, published["data/notices/tongzhi.pdf"].Bytes);
    }

    private static byte[] Save(Image image, SixLabors.ImageSharp.Formats.IImageEncoder encoder)
    {
        using var stream = new MemoryStream();
        image.Save(stream, encoder);
        return stream.ToArray();
    }

    private static bool Contains(byte[] bytes, string text) =>
        bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    private void Write(string path, byte[] bytes)
    {
        var full = Path.Combine(_repo.Path, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    /// <summary>A PNG that only declares its size (IHDR, IEND): enough for the size check, nothing to decode.</summary>
    private static byte[] PngHeaderOnly(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        return [.. new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }, .. Chunk("IHDR", header), .. Chunk("IEND", [])];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        typed.CopyTo(chunk, 4);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(typed));
        return chunk;
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
