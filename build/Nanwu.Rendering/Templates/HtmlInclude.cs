using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Nanwu.Rendering.Templates;

/// <summary>
/// Scriban's <c>include</c>, returning its output as <see cref="Html"/> so the escaping
/// context writes the partial as markup (its own values were escaped inside it).
/// </summary>
internal sealed class HtmlInclude : IScriptCustomFunction
{
    private readonly IncludeFunction _inner = new();

    public int RequiredParameterCount => _inner.RequiredParameterCount;

    public int ParameterCount => _inner.ParameterCount;

    public ScriptVarParamKind VarParamKind => _inner.VarParamKind;

    public Type ReturnType => typeof(Html);

    public object? Invoke(
        TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? block) =>
        new Html(_inner.Invoke(context, callerContext, arguments, block) as string ?? "");

    public ValueTask<object?> InvokeAsync(
        TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? block) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, block));

    public ScriptParameterInfo GetParameterInfo(int index) => _inner.GetParameterInfo(index);

    public int GetParameterIndexByName(string name) => _inner.GetParameterIndexByName(name);
}
