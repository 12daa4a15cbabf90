using Nanwu.Aggregation;
using Nanwu.Records.Values;

namespace Nanwu.Workbooks;

/// <summary>
/// 提交有关部门审批、备案等情况 in one cell, as on the printed form: <c>无</c>, or the departments
/// with something submitted, <c>地方金融监管部门：已提交；其他：拟提交</c>. Read here; written by
/// <see cref="RegisterFields.Filings"/>.
/// </summary>
internal static class Filings
{
    public const string None = RegisterFields.NoFiling;

    public static IReadOnlyList<string> Authorities { get; } = ["人民银行", "金融监管总局", "证监会", "地方金融监管部门", "其他"];

    private static readonly string[] States = ["已提交", "拟提交", None];

    /// <summary>Every authority with its state (无 when not named); null when the text cannot be read.</summary>
    public static IReadOnlyList<(string Authority, string State)>? Parse(string text)
    {
        var result = Authorities.ToDictionary(a => a, _ => None);
        var s = ClerkInput.ToHalfWidth(text).Replace(" ", "").Replace("中国", "");
        if (s is "" or None)
        {
            return result.Select(p => (p.Key, p.Value)).ToList();
        }

        foreach (var part in s.Split([';', ',', '、', '\n', '，', '；'], StringSplitOptions.RemoveEmptyEntries))
        {
            var authority = Authorities.FirstOrDefault(a => part.StartsWith(a, StringComparison.Ordinal));
            var state = States.FirstOrDefault(st => part.EndsWith(st, StringComparison.Ordinal));
            if (authority is null || state is null)
            {
                return null;
            }

            result[authority] = state;
        }

        return Authorities.Select(a => (a, result[a])).ToList();
    }
}
