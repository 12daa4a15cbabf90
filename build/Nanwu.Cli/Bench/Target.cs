namespace Nanwu.Cli.Bench;

/// <summary>One target of issue 7 and how this run did against it.</summary>
public sealed record Target(string Name, string Requirement, string Measured, string Verdict)
{
    public const string Met = "达到";

    public const string Missed = "未达到";

    public const string Unknown = "无法判断";

    /// <summary>A time (or memory) that must stay at or under a limit; the margin is what is left or over.</summary>
    public static Target AtMost(string name, double limit, double? value, string unit, Func<double, string> show)
    {
        var requirement = $"≤ {show(limit)} {unit}";
        if (value is not { } v)
        {
            return new Target(name, requirement, Figures.None, Unknown);
        }

        var verdict = v <= limit ? $"{Met}（余 {show(limit - v)} {unit}）" : $"{Missed}（超出 {show(v - limit)} {unit}）";
        return new Target(name, requirement, $"{show(v)} {unit}", verdict);
    }

    /// <summary>A ratio that must reach 1 (ours against the yardstick); the margin is the ratio itself.</summary>
    public static Target AtLeastOne(string name, string requirement, double? ratio, string why)
    {
        if (ratio is not { } r)
        {
            return new Target(name, requirement, Figures.None, $"{Unknown}（{why}）");
        }

        var verdict = r >= 1 ? $"{Met}（{Figures.Ratio(r)} 倍）" : $"{Missed}（只有 {Figures.Ratio(r)} 倍）";
        return new Target(name, requirement, $"{Figures.Ratio(r)} 倍", verdict);
    }

    public static Target Yes(string name, string requirement, bool yes) =>
        new(name, requirement, yes ? "是" : "否", yes ? Met : Missed);
}
