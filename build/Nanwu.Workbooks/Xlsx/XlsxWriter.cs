using System.Security;
using DocumentFormat.OpenXml;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Nanwu.Workbooks.Xlsx;

/// <summary>
/// Writes sheets as an .xlsx package. Every part gets a fixed relationship id and the document
/// properties are written by hand (the packaging library would name the part after a random
/// GUID), then the archive is rewritten with fixed entry order and times.
/// </summary>
internal static class XlsxWriter
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    public static byte[] Write(IReadOnlyList<SheetBuilder> sheets, WorkbookInfo info)
    {
        var strings = new SharedStrings();
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var book = document.AddNewPart<WorkbookPart>(MainContentType, "rId1");
            for (var i = 0; i < sheets.Count; i++)
            {
                var part = book.AddNewPart<WorksheetPart>($"rId{i + 1}");
                part.Worksheet = WorksheetXml.Build(sheets[i], strings, selected: i == 0);
            }

            book.AddNewPart<WorkbookStylesPart>($"rId{sheets.Count + 1}").Stylesheet = Styles.Build();
            book.AddNewPart<SharedStringTablePart>($"rId{sheets.Count + 2}").SharedStringTable = strings.Table();
            book.Workbook = Book(sheets);
            WriteProperties(document.AddNewPart<CoreFilePropertiesPart>("rId2"), info);
        }

        return DeterministicZip.Rewrite(stream.ToArray(), info.Stamp);
    }

    private static Workbook Book(IReadOnlyList<SheetBuilder> sheets)
    {
        var names = new DefinedNames();
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = sheets[i];
            var quoted = "'" + sheet.Name.Replace("'", "''") + "'";
            if (sheet.PrintArea is var (lastRow, lastColumn))
            {
                var corner = $"${SourceSpanName(lastColumn)}${lastRow}";
                names.Append(new DefinedName($"{quoted}!$A$1:{corner}")
                {
                    Name = "_xlnm.Print_Area",
                    LocalSheetId = (uint)i,
                });
            }

            if (sheet.TitleRows is var (first, last))
            {
                names.Append(new DefinedName($"{quoted}!${first}:${last}")
                {
                    Name = "_xlnm.Print_Titles",
                    LocalSheetId = (uint)i,
                });
            }
        }

        var list = new Sheets(sheets.Select((s, i) => new Sheet
        {
            Name = s.Name,
            SheetId = (uint)(i + 1),
            Id = $"rId{i + 1}",
        }));
        return new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), list, names);
    }

    private static string SourceSpanName(int column) => Nanwu.Records.Diagnostics.SourceSpan.ColumnName(column);

    private static void WriteProperties(CoreFilePropertiesPart part, WorkbookInfo info)
    {
        var date = $"{info.Stamp:yyyy-MM-dd}T00:00:00Z";
        var xml = new StringBuilder()
            .Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
            .Append("<cp:coreProperties")
            .Append(" xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
            .Append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
            .Append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
            .Append($"<dc:title>{SecurityElement.Escape(info.Title)}</dc:title>")
            .Append($"<dc:subject>{SecurityElement.Escape(info.Subject)}</dc:subject>")
            .Append("<dc:creator>南武</dc:creator>")
            .Append($"<cp:keywords>{SecurityElement.Escape(info.Keywords)}</cp:keywords>")
            .Append($"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created>")
            .Append($"<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified>")
            .Append("</cp:coreProperties>");
        using var stream = part.GetStream(FileMode.Create);
        stream.Write(new UTF8Encoding(false).GetBytes(xml.ToString()));
    }
}
