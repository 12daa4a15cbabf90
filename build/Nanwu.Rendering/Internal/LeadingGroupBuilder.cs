using Nanwu.Records.Model;
using Nanwu.Rendering.Internal.Models;

namespace Nanwu.Rendering.Internal;

/// <summary>leading-group.html: 附件1 from leading-group.yaml, 各村主干 from each village.yaml.</summary>
public static class LeadingGroupBuilder
{
    public static LeadingGroupPage Build(LeadingGroup group, IEnumerable<Village> villages) => new(
        group.DocumentNumber,
        group.Leader,
        group.Deputies,
        group.Members,
        villages.Select(v => new Field(v.Name, v.Head)).ToList(),
        group.Office,
        group.OfficeDuty);
}
