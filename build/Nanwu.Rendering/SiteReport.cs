namespace Nanwu.Rendering;

/// <summary>What a site build published: pages per site, and files written or kept unchanged.</summary>
public sealed record SiteReport(int InternalPages, int PublicPages, int FilesWritten, int FilesUnchanged);
