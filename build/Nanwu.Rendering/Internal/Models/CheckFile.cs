namespace Nanwu.Rendering.Internal.Models;

/// <summary>The diagnostics of one file, in order.</summary>
public sealed record CheckFile(string Path, int Errors, int Warnings, IReadOnlyList<CheckItem> Items);
