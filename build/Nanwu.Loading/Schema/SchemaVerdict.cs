namespace Nanwu.Loading.Schema;

/// <summary>What <see cref="CompiledSchema"/> says of a record.</summary>
public enum SchemaVerdict
{
    /// <summary>JsonSchema.Net would accept the record.</summary>
    Valid,

    /// <summary>JsonSchema.Net would refuse the record.</summary>
    Invalid,

    /// <summary>
    /// The compiled check cannot answer for certain (a value of a kind YAML never makes, a lone
    /// surrogate, nesting near the serializer's depth limit); JsonSchema.Net decides.
    /// </summary>
    Unsure,
}
