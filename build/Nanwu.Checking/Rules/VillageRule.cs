using Nanwu.Records.Diagnostics;

namespace Nanwu.Checking.Rules;

/// <summary>Two villages with the same 名称 cannot be told apart in any table.</summary>
internal sealed class VillageRule : IRule
{
    public void Check(CheckContext context)
    {
        foreach (var same in context.Data.Villages.GroupBy(v => v.Name).Where(g => g.Count() > 1))
        {
            var first = same.First();
            foreach (var village in same.Skip(1))
            {
                context.Report(Messages.SameVillageName(village.Source.At("名称"), village.Name, first.Id));
            }
        }
    }
}
