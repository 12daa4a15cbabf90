using Nanwu.Records.Diagnostics;

namespace Nanwu.Records.Model;

/// <summary>A value from a field that schemas mark private, and where it was written.</summary>
public sealed record PrivateValue(string Value, string Mark, SourceSpan Source);
