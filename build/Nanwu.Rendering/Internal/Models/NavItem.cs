namespace Nanwu.Rendering.Internal.Models;

/// <summary>A link in a navigation bar or list: its words and its address from the site root.</summary>
public sealed record NavItem(string Label, string Url);
