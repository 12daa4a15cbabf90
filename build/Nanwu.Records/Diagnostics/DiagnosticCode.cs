namespace Nanwu.Records.Diagnostics;

/// <summary>A stable diagnostic code with its severity and a one-line Chinese title.</summary>
public sealed record DiagnosticCode(string Id, Severity Severity, string Title);
