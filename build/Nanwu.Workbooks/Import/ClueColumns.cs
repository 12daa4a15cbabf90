using Nanwu.Workbooks.Export;

namespace Nanwu.Workbooks.Import;

/// <summary>
/// Where the clue register's own columns are (category, filings, 主体类型, 记录编号), and which
/// columns make a row filled.
/// </summary>
internal sealed class ClueColumns
{
    public ClueColumns(SheetContext sheet, FormPlace place)
    {
        var leaves = sheet.Form.Leaves.ToList();
        Domain = place.LeafColumns[leaves.FindIndex(l => l.Key == ClueReader.DomainKey)];
        Filings = place.LeafColumns[leaves.FindIndex(l => l.Key == ClueReader.FilingsKey)];
        SubjectKind = place.ExtraColumns.GetValueOrDefault(ExtraColumns.SubjectKind);
        Ids = new RecordIdColumn(sheet, place);
        Content = place.LeafColumns.Where((c, i) => !leaves[i].Derived && c != Domain)
            .Concat(new[] { Ids.Column, SubjectKind }.OfType<int>().Where(c => c > 0))
            .ToList();
    }

    public int Domain { get; }

    public int Filings { get; }

    public int SubjectKind { get; }

    public RecordIdColumn Ids { get; }

    public IReadOnlyList<int> Content { get; }
}
