namespace Nanwu.Rendering.Internal.Models;

/// <summary>What every internal page shows around its content: title, as-of date, navigation.</summary>
public sealed record InternalSiteInfo(string Title, string Township, string AsOf, IReadOnlyList<NavItem> Nav);
