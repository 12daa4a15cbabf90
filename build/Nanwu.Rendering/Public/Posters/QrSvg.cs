using System.Globalization;
using System.Text;
using QRCoder;

namespace Nanwu.Rendering.Public.Posters;

/// <summary>
/// A QR code as a small inline SVG: one path of dark modules on a white square with the quiet
/// zone the standard asks for, so phone cameras read it from paper. Medium error correction
/// survives a crease or a smudge on a poster at the village office.
/// </summary>
public static class QrSvg
{
    public static string For(string text, string label)
    {
        var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix; // Note: QRCoder includes the 4-module quiet zone.
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            var row = matrix[y];
            for (var x = 0; x < size; x++)
            {
                if (!row[x])
                {
                    continue;
                }

                var run = 1;
                while (x + run < size && row[x + run])
                {
                    run++;
                }

                path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h{run}v1h-{run}z");
                x += run - 1;
            }
        }

        return $"<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" " +
               $"role=\"img\" aria-label=\"{Templates.Html.Escape(label)}\" shape-rendering=\"crispEdges\">" +
               $"<rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/>" +
               $"<path fill=\"#000\" d=\"{path}\"/></svg>";
    }
}
