namespace Nanwu.Rendering.Public.Models;

/// <summary>A link on the public site: words and address from the site root.</summary>
public sealed record PublicLink(string Label, string Url);
