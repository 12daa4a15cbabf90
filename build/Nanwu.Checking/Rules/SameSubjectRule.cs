using Nanwu.Records.Diagnostics;
using Nanwu.Records.Values;

namespace Nanwu.Checking.Rules;

/// <summary>The same risk subject (same normalised name) open in two places is flagged for the office.</summary>
internal sealed class SameSubjectRule : IRule
{
    public void Check(CheckContext context)
    {
        var groups = context.Data.Clues
            .Where(c => !c.IsClosed)
            .GroupBy(c => ClerkInput.NormaliseName(c.SubjectName))
            .Where(g => g.Select(c => c.Owner.Id).Distinct().Count() > 1);

        foreach (var group in groups)
        {
            foreach (var clue in group)
            {
                var others = group.Where(c => c.Owner.Id != clue.Owner.Id)
                    .Select(c => c.Owner.Name).Distinct().Order(StringComparer.Ordinal);
                context.Report(Messages.SameSubject(clue.Origin.At("风险主体名称"), "风险主体名称",
                    clue.SubjectName, string.Join("、", others)));
            }
        }
    }
}
