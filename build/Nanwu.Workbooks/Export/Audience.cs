namespace Nanwu.Workbooks.Export;

/// <summary>Whom a workbook is for: a village (importable), the township's summary, or a blank template.</summary>
internal enum Audience
{
    Village,
    Summary,
    Template,
}
