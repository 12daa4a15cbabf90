namespace Nanwu.Records.Model;

/// <summary>
/// The scan of an owner's printed, stamped forms for a round (every form says 加盖公章):
/// <c>stamped/&lt;round&gt;.pdf</c>, <c>.jpg</c> or <c>.png</c> beside its records. Internal only.
/// </summary>
public sealed record StampedCopy(Owner Owner, string Round, string Path);
