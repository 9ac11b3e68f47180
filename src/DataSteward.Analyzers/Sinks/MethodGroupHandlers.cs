using DataSteward.Analyzers.Infrastructure;
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataSteward.Analyzers.Sinks;

/// <summary>
/// Methods given as method groups to a minimal-API <c>MapGet</c>/<c>MapPost</c>… in their own type
/// (<c>group.MapGet("/{id}", GetById)</c>): their return value is the HTTP response. Found from the syntax of the
/// containing type, once per type; a candidate call is bound to check it is ASP.NET Core's.
/// </summary>
internal sealed class MethodGroupHandlers
{
    private readonly Func<SyntaxTree, SemanticModel> models;

    public MethodGroupHandlers(Func<SyntaxTree, SemanticModel> models)
    {
        this.models = models;
    }

    private static readonly Dictionary<string, string> None = new(StringComparer.Ordinal);

    // Per type, once: method name → the Map method it is registered with.
    private readonly ConcurrentDictionary<INamedTypeSymbol, Dictionary<string, string>> byType = SharedCache.Create<INamedTypeSymbol, Dictionary<string, string>>(SymbolEqualityComparer.Default);

    /// <summary>The Map method the handler is registered with, or null.</summary>
    public string? MapMethodOf(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.ContainingType is not { } type)
        {
            return null;
        }

        Dictionary<string, string> handlers = byType.TryGetValue(type, out Dictionary<string, string>? cached) ? cached : byType.GetOrAdd(type, Find(type));
        return handlers.TryGetValue(method.Name, out string? map) ? map : null;
    }

    private Dictionary<string, string> Find(INamedTypeSymbol type)
    {
        Dictionary<string, string>? handlers = null;
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            SyntaxNode declaration = reference.GetSyntax();
            foreach (InvocationExpressionSyntax invocation in MapCalls(declaration))
            {
                // Only a call passing a method group can register a handler of this type; lambdas are found from
                // their own return statements. The call is bound only then.
                if (PassesMethodGroup(invocation)
                    && models(invocation.SyntaxTree).GetSymbolInfo(invocation).Symbol is IMethodSymbol target
                    && MinimalApiMaps.IsMap(target))
                {
                    string map = target.Name;
                    foreach (ArgumentSyntax argument in invocation.ArgumentList.Arguments)
                    {
                        if (MethodGroupName(argument) is { } name)
                        {
                            handlers ??= new Dictionary<string, string>(StringComparer.Ordinal);
                            handlers[name] = map;
                        }
                    }
                }
            }
        }

        return handlers ?? None;
    }

    // Asked once per type that has a return statement. Most types never mention a Map method: the type's text is
    // searched for "Map", and only the tokens found there are looked up in the tree (walking the whole syntax of every
    // type that says "Mapping" or "Mapper" somewhere was a tenth of the analysers' time on a large code base). A Unicode
    // escape could spell "Map" otherwise: then the syntax is walked.
    private static IEnumerable<InvocationExpressionSyntax> MapCalls(SyntaxNode declaration)
    {
        string text = declaration.SyntaxTree.GetText().ToString(declaration.Span);
        if (text.IndexOf("\\u", StringComparison.Ordinal) >= 0)
        {
            foreach (SyntaxNode node in declaration.DescendantNodes())
            {
                if (node is InvocationExpressionSyntax invocation && MapCall(invocation) is not null)
                {
                    yield return invocation;
                }
            }

            yield break;
        }

        for (int at = text.IndexOf("Map", StringComparison.Ordinal); at >= 0; at = text.IndexOf("Map", at + 3, StringComparison.Ordinal))
        {
            SyntaxToken token = declaration.FindToken(declaration.SpanStart + at);
            if (token.SpanStart == declaration.SpanStart + at
                && token.Parent is SimpleNameSyntax { Parent: MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax invocation } }
                && MapCall(invocation) is not null)
            {
                yield return invocation;
            }
        }
    }

    // receiver.MapGet(...), receiver.MapGet<T>(...): the name of the Map method, or null.
    private static string? MapCall(InvocationExpressionSyntax invocation) =>
        invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: { } map } && MinimalApiMaps.IsMapName(map) ? map : null;

    private static bool PassesMethodGroup(InvocationExpressionSyntax invocation)
    {
        foreach (ArgumentSyntax argument in invocation.ArgumentList.Arguments)
        {
            if (MethodGroupName(argument) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static string? MethodGroupName(ArgumentSyntax argument) => argument.Expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };
}
