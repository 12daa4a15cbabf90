using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Values;

namespace Nanwu.Workbooks.Xlsx;

/// <summary>A <see cref="SheetBuilder"/> as worksheet XML, its elements in the order the schema requires.</summary>
internal static class WorksheetXml
{
    public static Worksheet Build(SheetBuilder sheet, SharedStrings strings, bool selected)
    {
        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetDimension { Reference = $"A1:{Address(sheet.LastRow, sheet.LastColumn)}" },
            new SheetViews(View(sheet, selected)),
            new SheetFormatProperties { DefaultRowHeight = 13.5 },
            Columns(sheet),
            Data(sheet, strings));
        if (sheet.Merges.Count > 0)
        {
            worksheet.Append(new MergeCells(sheet.Merges.Select(m => new MergeCell
            {
                Reference = $"{Address(m.Top, m.Left)}:{Address(m.Bottom, m.Right)}",
            })) { Count = (uint)sheet.Merges.Count });
        }

        var validations = sheet.Validations.Select(Validation).OfType<DataValidation>().ToList();
        if (validations.Count > 0)
        {
            worksheet.Append(new DataValidations(validations) { Count = (uint)validations.Count });
        }

        worksheet.Append(
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup
            {
                PaperSize = 9,
                Orientation = OrientationValues.Landscape,
                FitToWidth = 1,
                FitToHeight = 0,
            },
            new HeaderFooter(new OddFooter("&C第 &P 页，共 &N 页")));
        return worksheet;
    }

    public static string Address(int row, int column) => Export.CellAddress.Of(row, column);

    private static SheetView View(SheetBuilder sheet, bool selected)
    {
        var view = new SheetView { WorkbookViewId = 0, TabSelected = selected ? true : null };
        if (sheet.TitleRows is var (_, last))
        {
            view.Append(
                new Pane
                {
                    VerticalSplit = last,
                    TopLeftCell = $"A{last + 1}",
                    ActivePane = PaneValues.BottomLeft,
                    State = PaneStateValues.Frozen,
                },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = $"A{last + 1}",
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = $"A{last + 1}" } });
        }

        return view;
    }

    private static Columns Columns(SheetBuilder sheet) =>
        new(Enumerable.Range(1, Math.Max(1, sheet.LastColumn)).Select(c => new Column
        {
            Min = (uint)c,
            Max = (uint)c,
            Width = Math.Round(sheet.WidthOf(c), 2),
            CustomWidth = true,
        }));

    private static SheetData Data(SheetBuilder sheet, SharedStrings strings)
    {
        var data = new SheetData();
        var rows = sheet.Cells.Keys.Select(k => k.Row).Concat(sheet.Heights.Keys).Distinct().Order();
        var byRow = sheet.Cells.ToLookup(c => c.Key.Row);
        foreach (var r in rows)
        {
            var row = new Row { RowIndex = (uint)r };
            if (sheet.Heights.TryGetValue(r, out var height))
            {
                row.Height = Math.Round(height, 2);
                row.CustomHeight = true;
            }

            foreach (var (key, spec) in byRow[r].OrderBy(c => c.Key.Column))
            {
                row.Append(Cell(Address(key.Row, key.Column), spec, strings));
            }

            data.Append(row);
        }

        return data;
    }

    private static Cell Cell(string address, CellSpec spec, SharedStrings strings)
    {
        var cell = new Cell { CellReference = address, StyleIndex = (uint)spec.Style };
        switch (spec.Kind)
        {
            case CellKind.Text:
                cell.DataType = CellValues.SharedString;
                cell.CellValue = new CellValue(strings.Add(spec.Text));
                break;
            case CellKind.Number:
            case CellKind.Date:
                cell.CellValue = new CellValue(Money.Canonical(spec.Number));
                break;
        }

        return cell;
    }

    // A literal list may hold at most 255 characters; longer lists get no drop-down.
    private static DataValidation? Validation(Validation v)
    {
        var list = "\"" + string.Join(",", v.Allowed) + "\"";
        if (list.Length > 257 || v.Allowed.Any(a => a.Contains(',') || a.Contains('"')))
        {
            return null;
        }

        var column = SourceSpan.ColumnName(v.Column);
        return new DataValidation
        {
            Type = DataValidationValues.List,
            AllowBlank = true,
            ShowErrorMessage = true,
            ErrorTitle = "不是可选的值",
            Error = "请从下拉列表中选一个：" + string.Join("、", v.Allowed),
            SequenceOfReferences = new ListValue<StringValue>
            {
                InnerText = $"{column}{v.FirstRow}:{column}{v.LastRow}",
            },
            Formula1 = new Formula1(list),
        };
    }
}
