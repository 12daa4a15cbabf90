namespace Nanwu.Rendering.Internal.Models;

/// <summary>An owner in the list of villages: name, head, phone, and how many clues are open.</summary>
public sealed record VillageEntry(string Name, string Url, string Head, string Phone, int Clues, int OpenClues);
