using DocumentFormat.OpenXml.Spreadsheet;
using H = DocumentFormat.OpenXml.Spreadsheet.HorizontalAlignmentValues;
using V = DocumentFormat.OpenXml.Spreadsheet.VerticalAlignmentValues;

namespace Nanwu.Workbooks.Xlsx;

/// <summary>
/// The one stylesheet: 宋体 throughout, thin borders in the table, and the number formats of the
/// forms: counts <c>#,##0</c>, 万元 and other decimals <c>#,##0.00##</c>, dates 年月日, text <c>@</c>.
/// </summary>
internal static class Styles
{
    /// <summary>Decimals: two places at least, four at most (one yuan); a bare point cannot be dropped.</summary>
    public const string DecimalFormat = "#,##0.00##";

    public const string DateFormat = "yyyy\"年\"m\"月\"d\"日\"";

    private const uint DecimalId = 164;
    private const uint DateId = 165;
    private const uint CountId = 3;
    private const uint TextId = 49;

    // Fonts, fills and borders by index.
    private const uint Body = 0, Bold = 1, Big = 2, Small = 3;
    private const uint NoFill = 0, HeadFill = 2, ExtraFill = 3;
    private const uint NoLine = 0, Box = 1, Under = 2;

    public static Stylesheet Build() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = DecimalId, FormatCode = DecimalFormat },
            new NumberingFormat { NumberFormatId = DateId, FormatCode = DateFormat }) { Count = 2 },
        new Fonts(MakeFont(10, false, null), MakeFont(10, true, null), MakeFont(16, true, null),
            MakeFont(9, false, "FF595959")) { Count = 4 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFF2F2F2"),
            Solid("FFDDEBF7")) { Count = 4 },
        new Borders(Lines(false, false, false), Lines(true, true, true), Lines(false, false, true)) { Count = 3 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        Formats(),
        new CellStyles(Normal()) { Count = 1 });

    private static DocumentFormat.OpenXml.Spreadsheet.CellStyle Normal() => new()
    {
        Name = "Normal",
        FormatId = 0,
        BuiltinId = 0,
    };

    private static CellFormats Formats()
    {
        CellFormat[] formats =
        [
            Xf(Body, NoFill, NoLine, 0, null, null, false),                 // Default
            Xf(Body, NoFill, NoLine, 0, H.Left, null, false),               // Attachment
            Xf(Big, NoFill, NoLine, 0, H.Center, V.Center, true),           // Title
            Xf(Small, NoFill, NoLine, TextId, H.Right, V.Center, false),    // Caption
            Xf(Bold, NoFill, NoLine, TextId, H.Right, V.Center, false),     // FieldLabel
            Xf(Body, NoFill, Under, TextId, H.Left, V.Center, false),       // FieldText
            Xf(Body, NoFill, Under, DateId, H.Left, V.Center, false),       // FieldDate
            Xf(Small, NoFill, NoLine, TextId, H.Left, V.Center, false),     // StampHint
            Xf(Bold, HeadFill, Box, TextId, H.Center, V.Center, true),      // Head
            Xf(Body, NoFill, Box, TextId, H.Left, V.Center, true),          // DataText
            Xf(Body, NoFill, Box, TextId, H.Center, V.Center, true),        // DataCenter
            Xf(Body, NoFill, Box, TextId, H.Center, V.Center, false),       // DataCode
            Xf(Body, NoFill, Box, CountId, H.Right, V.Center, false),       // DataCount
            Xf(Body, NoFill, Box, DecimalId, H.Right, V.Center, false),     // DataDecimal
            Xf(Body, NoFill, Box, DateId, H.Center, V.Center, false),       // DataDate
            Xf(Body, NoFill, Box, TextId, H.Left, V.Top, true),             // GroupLabel
            Xf(Body, NoFill, NoLine, TextId, H.Left, V.Top, true),          // Note
            Xf(Small, ExtraFill, Box, TextId, H.Center, V.Center, true),    // ExtraHead
            Xf(Small, ExtraFill, Box, TextId, H.Center, V.Center, false),   // ExtraData
            Xf(Bold, NoFill, Box, TextId, H.Center, V.Center, true),        // TotalLabel
            Xf(Body, NoFill, Box, 1, H.Center, V.Center, false),            // DataSerial
        ];
        if (formats.Length != Enum.GetValues<CellStyle>().Length)
        {
            throw new InvalidOperationException("every CellStyle needs its cell format, in order");
        }

        return new CellFormats(formats) { Count = (uint)formats.Length };
    }

    private static CellFormat Xf(uint font, uint fill, uint border, uint format, H? horizontal, V? vertical, bool wrap)
    {
        var xf = new CellFormat
        {
            NumberFormatId = format,
            FontId = font,
            FillId = fill,
            BorderId = border,
            FormatId = 0,
            ApplyNumberFormat = format != 0 ? true : null,
            ApplyFont = font != Body ? true : null,
            ApplyFill = fill != NoFill ? true : null,
            ApplyBorder = border != NoLine ? true : null,
        };
        if (horizontal is not null || vertical is not null || wrap)
        {
            xf.ApplyAlignment = true;
            xf.Alignment = new Alignment
            {
                Horizontal = horizontal,
                Vertical = vertical,
                WrapText = wrap ? true : null,
            };
        }

        return xf;
    }

    private static Font MakeFont(double size, bool bold, string? color)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new DocumentFormat.OpenXml.Spreadsheet.Bold());
        }

        font.Append(new FontSize { Val = size });
        if (color is not null)
        {
            font.Append(new Color { Rgb = color });
        }

        font.Append(new FontName { Val = "宋体" });
        font.Append(new FontFamilyNumbering { Val = 3 });
        font.Append(new FontCharSet { Val = 134 });
        return font;
    }

    private static Fill Solid(string rgb) =>
        new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64 })
        {
            PatternType = PatternValues.Solid,
        });

    private static Border Lines(bool sides, bool top, bool bottom)
    {
        T Side<T>(bool on) where T : BorderPropertiesType, new()
        {
            var side = new T();
            if (on)
            {
                side.Style = BorderStyleValues.Thin;
                side.Append(new Color { Indexed = 64 });
            }

            return side;
        }

        return new Border(Side<LeftBorder>(sides), Side<RightBorder>(sides), Side<TopBorder>(top),
            Side<BottomBorder>(bottom), new DiagonalBorder());
    }
}
