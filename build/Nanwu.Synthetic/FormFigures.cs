using System.Text.Json.Nodes;
using Nanwu.Records.Forms;
using Nanwu.Records.Model;

namespace Nanwu.Synthetic;

/// <summary>
/// The numbers of one owner's monthly reports and 附件2 rounds, made consistent the way the
/// checks expect: each round's running totals are the monthly flows summed from the campaign
/// start to its cut-off, 发现数量 counts the clues found in that span, 其中跨省 never exceeds
/// 合计, running totals never fall, balances are free.
/// </summary>
internal sealed class FormFigures(JsonObject monthlySchema, JsonObject workStatsSchema, FormDefinition form)
{
    private readonly IReadOnlyList<(string Key, bool Money)> _monthlyKeys = Leaves(monthlySchema, "").ToList();
    private readonly IReadOnlyList<(string Key, bool Money)> _roundKeys = Leaves(workStatsSchema, "").ToList();
    private readonly HashSet<string> _flowKeys =
        Leaves(monthlySchema, "").Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _balances = form.Leaves
        .Where(l => l.Measure == Measure.Balance && l.Key is not null)
        .Select(l => l.Key!)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>One month's flows.</summary>
    public Dictionary<string, decimal> Month(SeededRandom random)
    {
        var flows = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (key, money) in _monthlyKeys)
        {
            flows[key] = key == FormKeys.CrossProvinceFiled
                ? random.Next(0, (int)flows.GetValueOrDefault(FormKeys.CasesFiled) + 1)
                : money ? (random.Chance(0.2) ? random.Next(1, 5000) / 100m : 0m)
                : random.Chance(0.35) ? random.Next(1, 4) : 0m;
        }

        return flows;
    }

    /// <summary>A round's figures from the flows up to its cut-off, the clues counted and the previous round.</summary>
    public Dictionary<string, decimal> Round(SeededRandom random, IEnumerable<Dictionary<string, decimal>> flows,
        int cluesFound, IReadOnlyDictionary<string, decimal>? previous)
    {
        var summed = flows.ToList();
        var figures = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (key, money) in _roundKeys)
        {
            figures[key] = key == FormKeys.CluesFound ? cluesFound
                : _flowKeys.Contains(key) ? summed.Sum(f => f[key])
                : _balances.Contains(key) ? (money ? random.Next(0, 20000) / 100m : random.Next(0, 60))
                : (previous?.GetValueOrDefault(key) ?? 0m) + random.Next(0, 200);
        }

        return figures;
    }

    /// <summary>A report as a record: the header, every number in its nested place, the remark.</summary>
    public static JsonObject Record(JsonObject schema, IReadOnlyDictionary<string, string> header,
        IReadOnlyDictionary<string, decimal> figures, string remark) => Fill(schema, "", header, figures, remark);

    private static JsonObject Fill(JsonObject schema, string prefix, IReadOnlyDictionary<string, string> header,
        IReadOnlyDictionary<string, decimal> figures, string remark)
    {
        var record = new JsonObject();
        foreach (var (key, node) in schema["properties"]!.AsObject())
        {
            var rule = node!.AsObject();
            var path = prefix.Length == 0 ? key : prefix + "." + key;
            record[key] = TypeOf(rule) switch
            {
                "object" => Fill(rule, path, header, figures, remark),
                "integer" or "number" => JsonValue.Create(figures[path]),
                _ when key == "备注" => JsonValue.Create(remark),
                _ => JsonValue.Create(header[key]),
            };
        }

        return record;
    }

    private static IEnumerable<(string Key, bool Money)> Leaves(JsonObject schema, string prefix)
    {
        foreach (var (key, node) in schema["properties"]!.AsObject())
        {
            var rule = node!.AsObject();
            var path = prefix.Length == 0 ? key : prefix + "." + key;
            var type = TypeOf(rule);
            if (type == "object")
            {
                foreach (var leaf in Leaves(rule, path))
                {
                    yield return leaf;
                }
            }
            else if (type is "integer" or "number")
            {
                yield return (path, rule["x-nanwu-unit"]?.GetValue<string>() == "万元");
            }
        }
    }

    private static string? TypeOf(JsonNode rule) => rule["type"] is JsonValue t ? t.GetValue<string>() : null;
}
