using System.Text.Json.Nodes;

namespace Nanwu.Synthetic;

/// <summary>One generated row of 附件3, with the date it was found (which decides whether it is counted).</summary>
internal sealed record GeneratedClue(JsonObject Record, DateOnly Found, string Remark);
