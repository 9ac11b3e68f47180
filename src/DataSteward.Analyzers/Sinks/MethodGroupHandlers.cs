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
            if (!MayCallMap(declaration))
            {
                continue;
            }

            foreach (SyntaxNode node in declaration.DescendantNodes())
            {
                // Only a call passing a method group can register a handler of this type; lambdas are found from
                // their own return statements. The call is bound only then.
                if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: { } map } } invocation
                    && MinimalApiMaps.IsMapName(map)
                    && PassesMethodGroup(invocation)
                    && models(invocation.SyntaxTree).GetSymbolInfo(invocation).Symbol is IMethodSymbol target
                    && MinimalApiMaps.IsMap(target))
                {
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

    // Asked once per type that has a return statement: most types never mention a Map method, and searching their
    // text is far cheaper than walking their syntax. A Unicode escape could spell "Map" otherwise: then walk.
    private static bool MayCallMap(SyntaxNode declaration)
    {
        string text = declaration.SyntaxTree.GetText().ToString(declaration.Span);
        return text.IndexOf("Map", StringComparison.Ordinal) >= 0 || text.IndexOf("\\u", StringComparison.Ordinal) >= 0;
    }

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
