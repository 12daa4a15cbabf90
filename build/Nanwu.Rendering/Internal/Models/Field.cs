namespace Nanwu.Rendering.Internal.Models;

/// <summary>A labelled value of a form's header block: 填报单位：南武乡.</summary>
public sealed record Field(string Label, string Value);
