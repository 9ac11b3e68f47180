using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataSteward.Analyzers.Sinks;

/// <summary>
/// Methods given as method groups to a minimal-API <c>MapGet</c>/<c>MapPost</c>… in their own type
/// (<c>group.MapGet("/{id}", GetById)</c>): their return value is the HTTP response. Found from the syntax of the
/// containing type, once per method.
/// </summary>
internal sealed class MethodGroupHandlers
{
    private readonly ConcurrentDictionary<IMethodSymbol, string> cache = new(SymbolEqualityComparer.Default);

    /// <summary>The Map method the handler is registered with, or null.</summary>
    public string? MapMethodOf(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.ContainingType is null)
        {
            return null;
        }

        string found = cache.TryGetValue(method, out string? cached) ? cached : cache.GetOrAdd(method, Find(method));
        return found.Length == 0 ? null : found;
    }

    private static string Find(IMethodSymbol method)
    {
        foreach (SyntaxReference reference in method.ContainingType.DeclaringSyntaxReferences)
        {
            foreach (SyntaxNode node in reference.GetSyntax().DescendantNodes())
            {
                if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: { } map } } invocation
                    && map.StartsWith("Map", StringComparison.Ordinal)
                    && map is "MapGet" or "MapPost" or "MapPut" or "MapPatch" or "MapDelete" or "MapMethods" or "Map" or "MapFallback")
                {
                    foreach (ArgumentSyntax argument in invocation.ArgumentList.Arguments)
                    {
                        string? name = argument.Expression switch
                        {
                            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                            _ => null,
                        };
                        if (string.Equals(name, method.Name, StringComparison.Ordinal))
                        {
                            return map;
                        }
                    }
                }
            }
        }

        return string.Empty;
    }
}
