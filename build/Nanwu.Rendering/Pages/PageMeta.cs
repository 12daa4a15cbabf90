namespace Nanwu.Rendering.Pages;

/// <summary>
/// What a chat app shows when a page's link is shared: a one-line description and the absolute
/// address of a picture; <see cref="IsArticle"/> for a notice or case (og:type article).
/// </summary>
public sealed record PageMeta(string Description, string ImageUrl, bool IsArticle);
