using System.Text.Json.Nodes;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Forms;
using Nanwu.Records.Values;
using Nanwu.Workbooks.Xlsx;

namespace Nanwu.Workbooks.Import;

/// <summary>
/// Reads a cell as the value its field wants, accepting what clerks type (numbers as text,
/// full-width digits, 万元 written with the unit, Chinese dates; <see cref="ClerkInput"/> knows
/// those) and explaining what it cannot read, naming the cell.
/// </summary>
internal sealed class ValueReader(SheetGrid grid, ICollection<Diagnostic> problems)
{
    /// <summary>The value as JSON for the record; false when the cell could not be read.</summary>
    public bool Read(FieldRule rule, int row, int column, out JsonNode? value) =>
        Read(rule, grid[row, column], grid.Span(row, column), out value);

    /// <summary>Reads a value written elsewhere than in its own cell (填报单位：东庄村 in one cell).</summary>
    public bool Read(FieldRule rule, RawCell cell, SourceSpan span, out JsonNode? value)
    {
        var before = problems.Count(p => p.IsError);
        value = rule.Kind switch
        {
            ValueKind.Count or ValueKind.Money or ValueKind.TenThousandPeople or ValueKind.Percent =>
                Number(rule, cell, span),
            ValueKind.Date => Date(rule, cell, span),
            ValueKind.Choice => Choice(rule, cell, span),
            _ => Text(rule, cell, span),
        };
        return problems.Count(p => p.IsError) == before;
    }

    /// <summary>The cell's text as shown, for messages and free text.</summary>
    public string Shown(int row, int column) => grid[row, column].Text.Trim();

    private JsonNode? Number(FieldRule rule, RawCell cell, SourceSpan span)
    {
        if (cell.IsEmpty)
        {
            problems.Add(Messages.BlankAsDefault(span, rule.Field, "0"));
            return JsonValue.Create(0m);
        }

        var number = cell.Kind == RawKind.Number ? StoredNumbers.Parse(cell.Text) : null;
        if (cell.Kind == RawKind.Text && ClerkInput.TryReadAmount(cell.Text, rule.Unit) is var (read, converted))
        {
            number = read;
            if (converted)
            {
                problems.Add(Messages.UnitConverted(span, rule.Field, cell.Text.Trim(), Money.Canonical(read),
                    rule.Unit ?? ""));
            }
        }

        if (number is not { } n)
        {
            problems.Add(Messages.NotANumber(span, rule.Field, cell.Text.Trim()));
            return null;
        }

        if (rule.Integer && n != decimal.Truncate(n))
        {
            problems.Add(Messages.NotWhole(span, rule.Field, cell.Text.Trim(), rule.Unit ?? "个"));
            return null;
        }

        return JsonValue.Create(rule.Integer ? decimal.Truncate(n) : n);
    }

    private JsonNode? Date(FieldRule rule, RawCell cell, SourceSpan span)
    {
        if (cell.IsEmpty)
        {
            if (!rule.Optional)
            {
                problems.Add(Messages.EmptyCell(span, rule.Field, rule.Title));
            }

            return null;
        }

        var date = cell.Kind switch
        {
            RawKind.Number when StoredNumbers.Parse(cell.Text) is { } serial =>
                ExcelDates.FromSerial(serial) ?? ClerkInput.TryReadDate(cell.Text),
            RawKind.IsoDate when cell.Text.Length >= 10 && Dates.TryParse(cell.Text[..10], out var iso) => iso,
            RawKind.Text => ClerkInput.TryReadDate(cell.Text),
            _ => null,
        };
        if (date is not { } d)
        {
            problems.Add(Messages.NotADate(span, rule.Field, cell.Text.Trim()));
            return null;
        }

        return JsonValue.Create(Dates.Format(d));
    }

    private JsonNode? Choice(FieldRule rule, RawCell cell, SourceSpan span)
    {
        if (cell.IsEmpty)
        {
            problems.Add(Messages.EmptyCell(span, rule.Field, rule.Title));
            return null;
        }

        var text = Labels.Normalise(cell.Text);
        var yesNo = ClerkInput.TryReadYesNo(text);
        var chosen = rule.Allowed.FirstOrDefault(a => Labels.Normalise(a) == text)
            ?? rule.Allowed.FirstOrDefault(a => a == yesNo);
        if (chosen is null)
        {
            problems.Add(Messages.NotAChoice(span, rule.Field, cell.Text.Trim(), rule.Allowed));
            return null;
        }

        return JsonValue.Create(chosen);
    }

    private JsonNode? Text(FieldRule rule, RawCell cell, SourceSpan span)
    {
        if (cell.IsEmpty)
        {
            if (rule.Required)
            {
                problems.Add(Messages.EmptyCell(span, rule.Field, rule.Title));
                return null;
            }

            return JsonValue.Create("");
        }

        if (cell.Kind == RawKind.Number && rule.Code && StoredNumbers.LostDigits(cell.Text))
        {
            problems.Add(Messages.CodeAsNumber(span, rule.Field, cell.Text));
            return null;
        }

        var text = cell.Text.Trim();
        return JsonValue.Create(rule.Code ? Labels.Normalise(text).ToUpperInvariant() : text);
    }
}
