namespace Nanwu.Rendering.Internal.Models;

/// <summary>leading-group.html: 附件1 as printed, 各村主干 from each village.yaml.</summary>
public sealed record LeadingGroupPage(
    string DocumentNumber,
    string Leader,
    IReadOnlyList<string> Deputies,
    IReadOnlyList<string> Members,
    IReadOnlyList<Field> VillageHeads,
    string Office,
    string OfficeDuty);
