namespace Nanwu.Rendering.Internal.Models;

/// <summary>One diagnostic as a line of checks.html.</summary>
public sealed record CheckItem(
    string Position, string Severity, string Css, string Code, string Title, string Field, string Message);
