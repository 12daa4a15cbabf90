using Nanwu.Rendering.Tables;

namespace Nanwu.Rendering.Internal.Models;

/// <summary>A cell of a status matrix: the badge, linked to the report when there is a page for it.</summary>
public sealed record MatrixCell(StatusBadge Badge, string? Url);
