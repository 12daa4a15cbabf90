namespace Nanwu.Rendering.Public.Models;

/// <summary>A notice's script for the village loudspeaker, with its reading time and the text file.</summary>
public sealed record BroadcastPage(
    string Title,
    string ReadingTime,
    int CharactersPerMinute,
    IReadOnlyList<string> Paragraphs,
    string TextUrl,
    PublicLink Back);
