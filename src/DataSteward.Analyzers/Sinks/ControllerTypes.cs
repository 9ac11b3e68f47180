using DataSteward.Analyzers.Infrastructure;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Sinks;

/// <summary>
/// Whether a type is an ASP.NET Core API controller (derives from <c>Microsoft.AspNetCore.Mvc.ControllerBase</c> or
/// carries <c>[ApiController]</c> on itself or a base). Asked for every return statement of the build, answered once
/// per type and compilation: the base-type walk and the attribute reads are not repeated for each action.
/// </summary>
internal sealed class ControllerTypes
{
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> known = SharedCache.Create<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);

    public bool IsController(INamedTypeSymbol type) =>
        known.TryGetValue(type, out bool cached) ? cached : known.GetOrAdd(type, Compute(type));

    private static bool Compute(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "ControllerBase" && IsMvcNamespace(current.ContainingNamespace))
            {
                return true;
            }

            foreach (AttributeData attribute in current.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == "ApiControllerAttribute")
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Microsoft.AspNetCore.Mvc, compared name by name (no display string per type).
    private static bool IsMvcNamespace(INamespaceSymbol? ns) =>
        ns is { Name: "Mvc", ContainingNamespace: { Name: "AspNetCore", ContainingNamespace: { Name: "Microsoft", ContainingNamespace.IsGlobalNamespace: true } } };
}
