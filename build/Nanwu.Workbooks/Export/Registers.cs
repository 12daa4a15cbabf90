using System.Text.Json.Nodes;
using Nanwu.Aggregation;
using Nanwu.Records.Forms;
using Nanwu.Workbooks.Xlsx;

namespace Nanwu.Workbooks.Export;

/// <summary>What the two registers (附件3, 附件4) share.</summary>
internal static class Registers
{
    /// <summary>(1) 虚拟货币…: the printed number in front of a category.</summary>
    public static string GroupHeading(string domain)
    {
        var rank = ClueDomains.Rank(domain);
        return rank <= ClueDomains.Ordered.Count ? $"({rank}) {domain}" : domain;
    }

    /// <summary>Choice columns with their allowed values, by column (1-based), but <paramref name="skip"/>.</summary>
    public static IEnumerable<KeyValuePair<int, IReadOnlyList<string>>> ChoiceColumns(
        FormDefinition form, JsonObject schema, string? skip) =>
        form.Leaves
            .Select((leaf, i) => (leaf, Column: i + 1))
            .Where(p => p.leaf.Value == ValueKind.Choice && p.leaf.Key is { } key && key != skip)
            .Select(p => KeyValuePair.Create(p.Column, Choices.Of(schema, p.leaf.Key!)))
            .Where(p => p.Value.Count > 0);

    /// <summary>
    /// A body row with the cells of code columns (those whose schema gives a pattern: credit codes,
    /// ID numbers) as codes: text, unwrapped, wide enough for 18 characters.
    /// </summary>
    public static IReadOnlyList<CellSpec> WithCodes(
        FormDefinition form, JsonObject schema, IReadOnlyList<CellSpec> row) =>
        row.Select((cell, i) => i < form.Leaves.Count && IsCode(form.Leaves[i], schema)
                ? cell with { Style = CellStyle.DataCode }
                : cell)
            .ToList();

    private static bool IsCode(FormColumn leaf, JsonObject schema) =>
        leaf.Key is { } key && schema["properties"]?[key]?["pattern"] is not null;
}
