namespace Nanwu.Records.Diagnostics;

/// <summary>How serious a diagnostic is: an error fails the check, a warning does not.</summary>
public enum Severity
{
    Error,
    Warning,
}
