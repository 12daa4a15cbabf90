using Nanwu.Records.Forms;

namespace Nanwu.Records.Model;

/// <summary>
/// Everything loaded from data/ and schemas/: the records that passed their schema, the
/// form definitions, the private values, and what became of every file.
/// </summary>
public sealed record DataSet(
    Township? Township,
    LeadingGroup? LeadingGroup,
    Campaign? Campaign,
    IReadOnlyList<Village> Villages,
    IReadOnlyList<FormReport> WorkStats,
    IReadOnlyList<FormReport> Monthly,
    IReadOnlyList<Clue> Clues,
    IReadOnlyList<CrossProvinceCase> CrossProvince,
    IReadOnlyList<Notice> Notices,
    IReadOnlyList<string> Assets,
    IReadOnlyList<PrivateValue> PrivateValues,
    IReadOnlyList<PublicException> PublicExceptions,
    IReadOnlyList<DataFile> Files,
    FormSet Forms)
{
    /// <summary>The stamped scans of data/…/stamped/, in path order; not among <see cref="Assets"/>.</summary>
    public IReadOnlyList<StampedCopy> Stamped { get; init; } = [];

    /// <summary>The township as the owner of its own records.</summary>
    public Owner TownshipOwner => new(Owner.TownshipId, Township?.Name ?? "乡本级", IsTownship: true);

    /// <summary>Villages then the township, the order owners appear in every table.</summary>
    public IReadOnlyList<Owner> Owners =>
        [.. Villages.Select(v => v.AsOwner()), TownshipOwner];
}

/// <summary>
/// An entry of data/public-allow.yaml: a private value that may appear on the public site,
/// with the reason (a company named in a published court judgement, say).
/// </summary>
public sealed record PublicException(string Value, string Reason);

/// <summary>The form definitions of schemas/forms/.</summary>
public sealed record FormSet(FormDefinition WorkStats, FormDefinition Clue, FormDefinition CrossProvince);
