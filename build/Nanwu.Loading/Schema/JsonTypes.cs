namespace Nanwu.Loading.Schema;

/// <summary>The JSON Schema <c>type</c> names as flags, so <c>["string", "null"]</c> is one value.</summary>
[Flags]
internal enum JsonTypes
{
    None = 0,
    Object = 1,
    Array = 2,
    Boolean = 4,
    String = 8,
    Number = 16,
    Integer = 32,
    Null = 64,
}
