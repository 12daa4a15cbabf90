namespace Nanwu.Records.Diagnostics;

/// <summary>
/// One finding about the input, printed as
/// <c>path:line:col: 错误|警告 CODE: 字段路径: what is wrong；what would be right</c>.
/// </summary>
public sealed record Diagnostic(
    DiagnosticCode Code, SourceSpan Span, string Field, string Message)
{
    public Severity Severity => Code.Severity;

    public bool IsError => Code.Severity == Severity.Error;

    public override string ToString()
    {
        var severity = IsError ? "错误" : "警告";
        var field = Field.Length == 0 ? "" : Field + ": ";
        return $"{Span}: {severity} {Code.Id}: {field}{Message}";
    }
}
