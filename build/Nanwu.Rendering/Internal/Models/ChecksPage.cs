namespace Nanwu.Rendering.Internal.Models;

/// <summary>checks.html: every diagnostic of the build, grouped by file.</summary>
public sealed record ChecksPage(int Errors, int Warnings, IReadOnlyList<CheckFile> Files);
