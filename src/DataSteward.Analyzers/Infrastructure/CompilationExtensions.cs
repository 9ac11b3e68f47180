using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DataSteward.Analyzers.Infrastructure;

internal static class CompilationExtensions
{
    /// <summary>
    /// Resolves a type by metadata name, tolerating a type defined in several referenced assemblies
    /// (a polyfill, a stand-in): the compilation's own definition wins, then the only accessible one.
    /// <c>Compilation.GetTypeByMetadataName</c> returns null in that case, which would silently switch a rule off.
    /// </summary>
    public static INamedTypeSymbol? ResolveType(this Compilation compilation, string metadataName)
    {
        ImmutableArray<INamedTypeSymbol> candidates = compilation.GetTypesByMetadataName(metadataName);
        if (candidates.Length == 1)
        {
            return candidates[0];
        }

        INamedTypeSymbol? accessible = null;
        foreach (INamedTypeSymbol candidate in candidates)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate.ContainingAssembly, compilation.Assembly))
            {
                return candidate;
            }

            if (candidate.DeclaredAccessibility == Accessibility.Public)
            {
                if (accessible is not null)
                {
                    // Two public definitions in two references: the compiler would report ambiguity, so do we (by not choosing).
                    return null;
                }

                accessible = candidate;
            }
        }

        return accessible;
    }
}
