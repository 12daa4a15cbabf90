using Nanwu.Records.Diagnostics;

namespace Nanwu.Git.Ci;

/// <summary>
/// Diagnostics as GitHub Actions workflow commands, so they show on the changed lines:
/// <c>::error file=…,line=…,col=…,title=CODE::message</c>. The message escapes %, \r and \n;
/// property values escape : and , as well, as GitHub's runner expects.
/// </summary>
public static class Annotations
{
    public static string Of(Diagnostic diagnostic)
    {
        var command = diagnostic.IsError ? "error" : "warning";
        var span = diagnostic.Span;
        var message = diagnostic.Field.Length == 0 ? diagnostic.Message : $"{diagnostic.Field}: {diagnostic.Message}";
        return $"::{command} file={Property(span.Path)},line={span.Line},col={span.Column}," +
               $"title={Property(diagnostic.Code.Id)}::{Data(message)}";
    }

    /// <summary>Escapes a command's message.</summary>
    public static string Data(string text) =>
        text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>Escapes a property value (file, title).</summary>
    public static string Property(string text) =>
        Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
